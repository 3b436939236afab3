package org.pactum.access.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.AuditLedger;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.AuditQuery;
import org.pactum.api.audit.AuditOutcome;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.filter.PrincipalSecurityContext;
import org.pactum.api.input.Timestamps;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;

/**
 * The audit trail of writes under {@code /api/v1/audit}, for administrators and stewards: {@code
 * GET} lists entries newest first, filtered by {@code principal}, {@code action}, {@code outcome}
 * ({@code accepted|refused}), {@code since} and {@code until} (ISO-8601), a page at a time; {@code
 * GET /verify} walks the whole chain and names the first link that does not hold.
 */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource {
  static final Paging PAGING = new Paging("audit", 100, 1000);
  private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.STEWARD);

  private final AuditLedger ledger;

  public AuditResource(AuditLedger ledger) {
    this.ledger = ledger;
  }

  @GET
  public Page<AuditJson.Link> list(
      @Context SecurityContext security,
      @QueryParam("principal") String principal,
      @QueryParam("action") String action,
      @QueryParam("outcome") String outcome,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    reader(security);
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
  public AuditJson.Check verify(@Context SecurityContext security) {
    reader(security);
    return AuditJson.Check.of(ledger.verify());
  }

  private static void reader(SecurityContext security) {
    Principal p = PrincipalSecurityContext.principalOf(security).orElse(null);
    if (p == null || !READERS.contains(p.role())) {
      throw new AccessException(
          AccessException.Reason.NOT_ADMIN,
          "only an administrator or a steward reads the audit trail");
    }
  }

  private static AuditOutcome outcome(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "accepted" -> AuditOutcome.ACCEPTED;
      case "refused" -> AuditOutcome.REFUSED;
      default -> throw AccessException.invalid("outcome: expected accepted or refused");
    };
  }

  private static Instant instant(String field, String text) {
    return text == null || text.isBlank() ? null : Timestamps.parse(field, text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
