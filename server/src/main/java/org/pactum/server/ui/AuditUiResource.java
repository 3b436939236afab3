package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.pactum.access.core.AuditLedger;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.AuditQuery;
import org.pactum.api.audit.AuditOutcome;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;

/**
 * {@code /ui/audit}: the audit trail of writes for administrators and stewards, newest first,
 * {@value #PAGE} a page, filtered by principal and outcome; {@code ?verify=true} walks the whole
 * chain and says whether it holds or names its first broken link ({@code pactum audit verify} and
 * {@code GET /api/v1/audit/verify} do the same).
 */
@Path("/ui/audit")
@Produces(MediaType.TEXT_HTML)
public final class AuditUiResource {
  static final int PAGE = 50;

  private final AuditLedger ledger;

  public AuditUiResource(AuditLedger ledger) {
    this.ledger = ledger;
  }

  @GET
  @Requires(Action.AUDIT_READ)
  public Response list(
      @QueryParam("principal") String principal,
      @QueryParam("outcome") String outcome,
      @QueryParam("before") String before,
      @QueryParam("verify") String verify) {
    String who = principal == null ? "" : principal.strip();
    Optional<AuditOutcome> filter = AuditOutcome.parse(outcome == null ? null : outcome.strip());
    if (filter.isEmpty() && outcome != null && !outcome.isBlank()) {
      return Response.status(400)
          .entity(new BadRequestView("outcome: accepted or refused, not '" + outcome + "'", ""))
          .build();
    }
    String result = filter.map(AuditOutcome::wireName).orElse("");
    long beforeSeq;
    try {
      beforeSeq = before == null || before.isBlank() ? 0 : Long.parseLong(before.strip());
    } catch (NumberFormatException e) {
      return Response.status(400)
          .entity(new BadRequestView("before: a link number, not '" + before + "'", ""))
          .build();
    }
    List<AuditLink> links =
        ledger.list(
            new AuditQuery(who.isEmpty() ? null : who, null, filter.orElse(null), null, null),
            Math.max(0, beforeSeq),
            PAGE + 1);
    String older = "";
    if (links.size() > PAGE) {
      links = links.subList(0, PAGE);
      older =
          "?principal="
              + URLEncoder.encode(who, StandardCharsets.UTF_8)
              + "&outcome="
              + result
              + "&before="
              + links.get(PAGE - 1).seq();
    }
    boolean check = "true".equalsIgnoreCase(verify);
    return Response.ok(new AuditView(links, who, result, older, check ? ledger.verify() : null))
        .build();
  }
}
