package org.pactum.access.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.AuditLedger;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.AuditQuery;
import org.pactum.api.audit.AuditOutcome;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.Timestamps;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;

/**
 * The audit trail of writes under {@code /api/v1/audit}, for administrators and stewards ({@code
 * AUDIT_READ}): {@code GET} lists entries newest first, filtered by {@code principal}, {@code
 * action}, {@code outcome} ({@code accepted|refused}), {@code since} and {@code until} (ISO-8601),
 * a page at a time; {@code GET /verify} walks the whole chain and names the first link that does
 * not hold.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
  static final Paging PAGING = new Paging("audit", 100, 1000);

  private final AuditLedger ledger;

  public AuditResource(AuditLedger ledger) {
    this.ledger = ledger;
  }

  @GET
  @Requires(Action.AUDIT_READ)
  public Page<AuditJson.Link> list(
      @QueryParam("principal") String principal,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    PageRequest page = PageRequest.of(PAGING, 1, limit, next);
    long before = page.after() == null ? 0 : page.after().number(0);
    AuditQuery query =
        new AuditQuery(
            blankToNull(principal),
            blankToNull(action),
            outcome(outcome),
            instant("since", since),
            instant("until", until));
    List<AuditLink> rows = ledger.list(query, before, page.fetchSize());
    return page.page("entries", rows, l -> List.of(Long.toString(l.seq()))).map(AuditJson.Link::of);
  }

  @GET
  @Path("/verify")
  @Requires(Action.AUDIT_READ)
  public AuditJson.Check verify() {
    return AuditJson.Check.of(ledger.verify());
  }

  private static AuditOutcome outcome(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return AuditOutcome.parse(text)
        .orElseThrow(() -> AccessException.invalid("outcome: expected accepted or refused"));
  }

  private static Instant instant(String field, String text) {
    return text == null || text.isBlank() ? null : Timestamps.parse(field, text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
