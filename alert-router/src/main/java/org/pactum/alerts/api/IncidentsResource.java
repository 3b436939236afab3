package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.AlertsException;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Incident;
import org.pactum.alerts.core.IncidentState;
import org.pactum.alerts.core.ReceiverStatus;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.JsonFields;
import org.pactum.api.page.Page;
import org.pactum.api.page.PageRequest;
import org.pactum.api.page.Paging;

/**
 * {@code GET /api/v1/incidents[?state=open|warning|critical|resolved&limit=&next=]} (a page, latest
 * change first: {@code limit} 1–1000, default 100; {@code next} the previous page's cursor), {@code
 * GET /api/v1/incidents/{id}} (with transitions and delivery history), {@code POST …/acknowledge}
 * and {@code POST …/resolve} (optional body {@code {"by": "ana"}}).
 */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public final class IncidentsResource {
  /** {@code GET /api/v1/incidents}: 100 a page by default, at most 1000. */
  static final Paging PAGING = new Paging("incidents", 100, 1000);

  private static final Set<String> STATES = Set.of("WARNING", "CRITICAL", "RESOLVED");
  private final AlertsReadModel reads;
  private final AlertRouter router;

  public IncidentsResource(AlertsReadModel reads, AlertRouter router) {
    this.reads = reads;
    this.router = router;
  }

  @GET
  @Requires(Action.READ)
  public Page<Json.Incident> list(
      @QueryParam("state") String state,
      @QueryParam("limit") String limit,
      @QueryParam("next") String next) {
    String s = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
    if (s != null && !s.equals("OPEN") && !STATES.contains(s)) {
      throw AlertsException.invalid(
          "state must be open, warning, critical or resolved, not '" + state + "'");
    }
    PageRequest page = PageRequest.of(PAGING, 2, limit, next);
    AlertsReadModel.IncidentPosition after =
        page.after() == null
            ? null
            : new AlertsReadModel.IncidentPosition(page.after().instant(0), page.after().number(1));
    boolean open = "OPEN".equals(s);
    IncidentState only = s == null || open ? null : IncidentState.valueOf(s);
    List<Incident> rows = reads.incidents(only, open, after, page.fetchSize());
    return page.page(
            "incidents", rows, r -> List.of(r.updatedAt().toString(), Long.toString(r.id())))
        .map(Json.Incident::of);
  }

  @GET
  @Path("/{id}")
  @Requires(Action.READ)
  public Json.IncidentDetail get(@PathParam("id") String id) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    AlertsReadModel.IncidentDetail d =
        reads
            .incident(incident)
            .orElseThrow(
                () ->
                    new AlertsException(
                        AlertsException.Reason.UNKNOWN_INCIDENT, "no incident " + id));
    Set<String> misconfigured =
        reads.receiverStatus().stream()
            .filter(ReceiverStatus::misconfigured)
            .map(ReceiverStatus::receiver)
            .collect(Collectors.toSet());
    return new Json.IncidentDetail(
        Json.Incident.of(d.incident()),
        d.transitions().stream().map(Json.Transition::of).toList(),
        d.deliveries().stream().map(x -> Json.Delivery.of(x, misconfigured)).toList());
  }

  @POST
  @Path("/{id}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.INCIDENT_ACT)
  public Json.Incident acknowledge(@PathParam("id") String id, JsonNode body) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    router.acknowledge(incident, by(body));
    return reload(incident);
  }

  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.INCIDENT_ACT)
  public Json.Incident resolve(@PathParam("id") String id, JsonNode body) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    router.resolve(incident, by(body));
    return reload(incident);
  }

  private Json.Incident reload(long id) {
    return Json.Incident.of(reads.incident(id).orElseThrow().incident());
  }

  private static String by(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return null;
    }
    return Fields.text(JsonFields.only(body, Set.of("by")), "by", false);
  }
}
