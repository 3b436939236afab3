package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.QueryFlags;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;
import org.pactum.lineage.erasure.core.AuditLog;
import org.pactum.lineage.erasure.core.ErasureException;
import org.pactum.lineage.erasure.core.ErasureException.Reason;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.lineage.erasure.core.ErasureStore;
import org.pactum.lineage.erasure.core.RequestStatus;

/**
 * Right-to-erasure requests.
 *
 * <ul>
 *   <li>{@code POST /api/v1/erasure-requests} {@code {subject_type, subject_id, requested_by,
 *       legal_basis}} → 202 with the request id; the plan is stored and execution starts at once;
 *   <li>{@code GET /api/v1/erasure-requests?status=&overdue=true&limit=&next=} → a page of
 *       requests, newest first: {@code limit} 1–1000 (default 50), {@code next} the previous page's
 *       cursor;
 *   <li>{@code GET /api/v1/erasure-requests/{id}} → the request with its plan and dataset states;
 *   <li>{@code GET /api/v1/erasure-requests/{id}/audit} → its audit events and the chain's
 *       verification;
 *   <li>{@code POST /api/v1/erasure-requests/{id}/resume} {@code {subject_id}} → 202; runs the
 *       unverified datasets of an interrupted, partial or failed request again.
 * </ul>
 */
@Path(ErasurePaths.REQUESTS)
@Produces(MediaType.APPLICATION_JSON)
public final class ErasureRequestsResource {
  private static final Set<String> FIELDS =
      Set.of("subject_type", "subject_id", "requested_by", "legal_basis");

  /** {@code GET /api/v1/erasure-requests}: 50 a page by default, at most 1000. */
  static final Paging PAGING = new Paging("erasure-requests", 50, 1000);

  private final ErasureService service;
  private final ErasureStore store;
  private final AuditLog audit;
  private final Clock clock;

  public ErasureRequestsResource(
      ErasureService service, ErasureStore store, AuditLog audit, Clock clock) {
    this.service = service;
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.ERASURE)
  public Response submit(JsonNode body) {
    BodyFields.object(
        body, FIELDS, "{\"subject_type\", \"subject_id\", \"requested_by\", \"legal_basis\"}");
    String type = BodyFields.text(body, "subject_type", 100, false);
    String subject = BodyFields.text(body, "subject_id", 500, true);
    String by = BodyFields.text(body, "requested_by", 200, false);
    String basis = BodyFields.text(body, "legal_basis", 1000, false);
    ErasureRequest r = service.submit(type, subject, by, basis).request();
    return accepted(r, RequestStatus.EXECUTING);
  }

  @POST
  @Path("{id}/resume")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.ERASURE)
  public Response resume(@PathParam("id") String id, JsonNode body) {
    UUID requestId = requestId(id);
    BodyFields.object(body, Set.of("subject_id"), "{\"subject_id\"}");
    String subject = BodyFields.text(body, "subject_id", 500, true);
    ErasureRequest r = service.resume(requestId, subject).request();
    return accepted(r, RequestStatus.EXECUTING);
  }

  @GET
  @Requires(Action.ERASURE_READ)
  public Page<RequestJson> list(
      @QueryParam("status") String status,
      @QueryParam("overdue") String overdue,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    RequestStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = RequestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw BodyFields.invalid("status: one of " + List.of(RequestStatus.values()));
      }
    }
    boolean onlyOverdue = QueryFlags.parse("overdue", overdue, false);
    PageRequest page = PageRequest.of(PAGING, 2, limit, next);
    ErasureStore.Position after =
        page.after() == null
            ? null
            : new ErasureStore.Position(page.after().instant(0), page.after().uuid(1));
    var now = clock.instant();
    return page.page(
            "requests",
            store.list(s, onlyOverdue ? now : null, after, page.fetchSize()),
            r -> List.of(r.receivedAt().toString(), r.requestId().toString()))
        .map(r -> RequestJson.of(r, now, null, null));
  }

  @GET
  @Path("{id}")
  @Requires(Action.ERASURE_READ)
  public RequestJson get(@PathParam("id") String id) {
    ErasureRequest r = service.find(requestId(id));
    return RequestJson.of(
        r, clock.instant(), store.datasets(r.requestId()), store.gaps(r.requestId()));
  }

  @GET
  @Path("{id}/audit")
  @Requires(Action.ERASURE_READ)
  public AuditJson audit(@PathParam("id") String id) {
    ErasureRequest r = service.find(requestId(id));
    AuditLog log = audit;
    return new AuditJson(
        r.requestId(),
        AuditJson.ChainJson.of(log.verify()),
        log.forRequest(r.requestId()).stream().map(AuditJson.EventJson::of).toList());
  }

  private static Response accepted(ErasureRequest r, RequestStatus status) {
    String self = ErasurePaths.REQUESTS + "/" + r.requestId();
    return Response.accepted(
            new RequestAccepted(
                r.requestId(),
                status.name(),
                r.dueAt(),
                Map.of("self", self, "audit", self + "/audit")))
        .location(URI.create(self))
        .build();
  }

  static UUID requestId(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new ErasureException(
          Reason.UNKNOWN_REQUEST,
          "erasure request '"
              + (id.length() > 60 ? id.substring(0, 60) + "…" : id)
              + "' does not exist");
    }
  }
}
