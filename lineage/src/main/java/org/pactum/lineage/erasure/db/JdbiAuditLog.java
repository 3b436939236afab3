package org.pactum.lineage.erasure.db;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.erasure.core.AuditChain;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.AuditLog;
import org.pactum.lineage.erasure.core.ChainVerification;

/**
 * The audit chain in {@code privacy.audit_event}: each append locks the table in EXCLUSIVE mode
 * (other appends wait; readers do not), reads the last link, and inserts the next with {@code seq =
 * last + 1} and {@code prev_hash = last.hash}, so the chain stays linear under concurrency.
 */
public final class JdbiAuditLog implements AuditLog {
  private static final int PAGE = 5000;

  private final Jdbi jdbi;
  private final Clock clock;
  private final Json json = new Json();

  public JdbiAuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public AuditEvent append(UUID requestId, String eventType, Map<String, Object> detail) {
    String detailJson = AuditChain.canonicalJson(detail);
    return jdbi.inTransaction(
        h -> {
          AuditEventDao dao = h.attach(AuditEventDao.class);
          dao.lockForAppend();
          var last = dao.last();
          long seq = last.map(r -> r.seq() + 1).orElse(1L);
          String prev = last.map(AuditEventRow::hash).orElse(AuditChain.GENESIS);
          AuditEvent unsigned =
              new AuditEvent(
                  seq,
                  requestId,
                  eventType,
                  clock.instant().truncatedTo(ChronoUnit.MICROS),
                  json.readMap(detailJson),
                  prev,
                  null);
          AuditEvent e =
              new AuditEvent(
                  seq,
                  requestId,
                  eventType,
                  unsigned.occurredAt(),
                  unsigned.detail(),
                  prev,
                  AuditChain.hash(unsigned));
          dao.insert(
              new AuditEventRow(
                  seq, requestId, eventType, e.occurredAt(), detailJson, prev, e.hash()));
          return e;
        });
  }

  @Override
  public List<AuditEvent> forRequest(UUID requestId) {
    return jdbi.withExtension(AuditEventDao.class, d -> d.forRequest(requestId)).stream()
        .map(this::event)
        .toList();
  }

  @Override
  public ChainVerification verify() {
    AuditChain.Walker walker = new AuditChain.Walker();
    long after = 0;
    while (true) {
      long from = after;
      List<AuditEventRow> page = jdbi.withExtension(AuditEventDao.class, d -> d.page(from, PAGE));
      for (AuditEventRow r : page) {
        if (!walker.next(event(r))) {
          return walker.result();
        }
        after = r.seq();
      }
      if (page.size() < PAGE) {
        return walker.result();
      }
    }
  }

  private AuditEvent event(AuditEventRow r) {
    return new AuditEvent(
        r.seq(),
        r.requestId(),
        r.eventType(),
        r.occurredAt(),
        json.readMap(r.detail()),
        r.prevHash(),
        r.hash());
  }
}
