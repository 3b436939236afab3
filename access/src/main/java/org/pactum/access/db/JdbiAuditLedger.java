package org.pactum.access.db;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.pactum.access.core.AuditChain;
import org.pactum.access.core.AuditLedger;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.AuditQuery;
import org.pactum.access.core.ChainCheck;
import org.pactum.api.audit.AuditEntry;
import org.pactum.api.audit.AuditOutcome;

/**
 * The audit chain in {@code access.audit_event}: each append locks the table in EXCLUSIVE mode
 * (other appends wait, readers do not), reads the last link and inserts the next with {@code seq =
 * last + 1} and {@code prev_hash = last.hash}, so the chain stays linear across threads and
 * instances sharing the store.
 */
public final class JdbiAuditLedger implements AuditLedger {
  private static final int PAGE = 5000;

  private final Jdbi jdbi;

  public JdbiAuditLedger(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public AuditLink append(AuditEntry given) {
    // PostgreSQL keeps microseconds: hash what will be read back
    AuditEntry e =
        new AuditEntry(
            given.at().truncatedTo(ChronoUnit.MICROS),
            given.principal(),
            given.role(),
            given.action(),
            given.target(),
            given.status(),
            given.outcome(),
            given.source(),
            given.requestId());
    return jdbi.inTransaction(
        h -> {
          AuditDao dao = h.attach(AuditDao.class);
          dao.lockForAppend();
          var last = dao.last();
          long seq = last.map(r -> r.seq() + 1).orElse(1L);
          String prev = last.map(AuditRow::hash).orElse(AuditChain.GENESIS);
          AuditLink link = new AuditLink(seq, e, prev, AuditChain.hash(seq, e, prev));
          dao.insert(row(link));
          return link;
        });
  }

  @Override
  public List<AuditLink> list(AuditQuery q, long beforeSeq, int limit) {
    return jdbi
        .withExtension(
            AuditDao.class,
            d ->
                d.list(
                    q.principal(),
                    q.action(),
                    q.outcome() == null ? null : q.outcome().name(),
                    q.since(),
                    q.until(),
                    beforeSeq,
                    limit))
        .stream()
        .map(JdbiAuditLedger::link)
        .toList();
  }

  @Override
  public ChainCheck verify() {
    AuditChain.Walker walker = new AuditChain.Walker();
    long after = 0;
    while (true) {
      long from = after;
      List<AuditRow> page = jdbi.withExtension(AuditDao.class, d -> d.chain(from, PAGE));
      for (AuditRow r : page) {
        if (!walker.next(link(r))) {
          return walker.result();
        }
        after = r.seq();
      }
      if (page.size() < PAGE) {
        return walker.result();
      }
    }
  }

  private static AuditRow row(AuditLink l) {
    AuditEntry e = l.entry();
    return new AuditRow(
        l.seq(),
        e.at(),
        e.principal(),
        e.role(),
        e.action(),
        e.target(),
        e.status(),
        e.outcome().name(),
        e.source(),
        e.requestId(),
        l.prevHash(),
        l.hash());
  }

  private static AuditLink link(AuditRow r) {
    return new AuditLink(
        r.seq(),
        new AuditEntry(
            r.occurredAt(),
            r.principal(),
            r.role(),
            r.action(),
            r.target(),
            r.status(),
            AuditOutcome.valueOf(r.outcome()),
            r.source(),
            r.requestId()),
        r.prevHash(),
        r.hash());
  }
}
