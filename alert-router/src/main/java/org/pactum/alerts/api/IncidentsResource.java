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
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pactum.alerts.AlertsRuntime;
import org.pactum.alerts.core.AlertsException;
import org.pactum.alerts.db.AlertsReadModel;
import org.pactum.alerts.db.IncidentRow;
import org.pactum.alerts.db.ReceiverStatusRow;
import org.pactum.api.input.JsonFields;

/**
 * {@code GET /api/v1/incidents[?state=open|warning|critical|resolved&limit=]}, {@code GET
 * /api/v1/incidents/{id}} (with transitions and delivery history), {@code POST …/acknowledge} and
 * {@code POST …/resolve} (optional body {@code {"by": "ana"}}).
 */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
public final class IncidentsResource {
  private static final Set<String> STATES = Set.of("WARNING", "CRITICAL", "RESOLVED");
  private final Supplier<AlertsRuntime> runtime;

  public IncidentsResource(Supplier<AlertsRuntime> runtime) {
    this.runtime = runtime;
  }

  @GET
  public Json.IncidentList list(
      @QueryParam("state") String state, @QueryParam("limit") String limit) {
    int n = Fields.limit(limit);
    AlertsReadModel reads = runtime.get().reads();
    if (state == null || state.isBlank()) {
      return new Json.IncidentList(
          reads.incidents(null, n).stream().map(Json.Incident::of).toList());
    }
    String s = state.trim().toUpperCase(Locale.ROOT);
    if (s.equals("OPEN")) {
      return new Json.IncidentList(
          reads.openIncidents().stream().limit(n).map(Json.Incident::of).toList());
    }
    if (!STATES.contains(s)) {
      throw AlertsException.invalid(
          "state must be open, warning, critical or resolved, not '" + state + "'");
    }
    return new Json.IncidentList(reads.incidents(s, n).stream().map(Json.Incident::of).toList());
  }

  @GET
  @Path("/{id}")
  public Json.IncidentDetail get(@PathParam("id") String id) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    AlertsReadModel reads = runtime.get().reads();
    AlertsReadModel.IncidentDetail d =
        reads
            .incident(incident)
            .orElseThrow(
                () ->
                    new AlertsException(
                        AlertsException.Reason.UNKNOWN_INCIDENT, "no incident " + id));
    Set<String> misconfigured =
        reads.receiverStatus().stream()
            .filter(ReceiverStatusRow::misconfigured)
            .map(ReceiverStatusRow::receiver)
            .collect(Collectors.toSet());
    return new Json.IncidentDetail(
        Json.Incident.of(d.incident()),
        d.transitions().stream().map(Json.Transition::of).toList(),
        d.deliveries().stream().map(x -> Json.Delivery.of(x, misconfigured)).toList());
  }

  @POST
  @Path("/{id}/acknowledge")
  @Consumes(MediaType.APPLICATION_JSON)
  public Json.Incident acknowledge(@PathParam("id") String id, JsonNode body) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    runtime.get().router().acknowledge(incident, by(body));
    return reload(incident);
  }

  @POST
  @Path("/{id}/resolve")
  @Consumes(MediaType.APPLICATION_JSON)
  public Json.Incident resolve(@PathParam("id") String id, JsonNode body) {
    long incident = Fields.id(id, "incident", AlertsException.Reason.UNKNOWN_INCIDENT);
    runtime.get().router().resolve(incident, by(body));
    return reload(incident);
  }

  private Json.Incident reload(long id) {
    IncidentRow row = runtime.get().reads().incident(id).orElseThrow().incident();
    return Json.Incident.of(row);
  }

  private static String by(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      return null;
    }
    return Fields.text(JsonFields.only(body, Set.of("by")), "by", false);
  }
}
