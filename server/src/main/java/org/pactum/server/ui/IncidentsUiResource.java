package org.pactum.server.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.IncidentState;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.registry.core.contract.CurrentCatalog;

/** The alert router's pages: {@code /ui/incidents[?state=]} and {@code /ui/incidents/{id}}. */
@Path("/ui/incidents")
@Produces(MediaType.TEXT_HTML)
public final class IncidentsUiResource {
  /** How many incidents the list shows. */
  static final int LIMIT = 500;

  private final CurrentCatalog catalog;
  private final AlertsReadModel alerts;
  private final Clock clock;

  public IncidentsUiResource(CurrentCatalog catalog, AlertsReadModel alerts, Clock clock) {
    this.catalog = catalog;
    this.alerts = alerts;
    this.clock = clock;
  }

  @GET
  @Requires(Action.READ)
  public Response list(@QueryParam("state") String state) {
    Optional<String> filter = IncidentsView.filter(state);
    if (filter.isEmpty()) {
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(IncidentsView.badFilter(state))
          .build();
    }
    String f = filter.get();
    boolean openOnly = f.equals("open");
    IncidentState only =
        f.isEmpty() || openOnly ? null : IncidentState.valueOf(f.toUpperCase(Locale.ROOT));
    return Response.ok(
            IncidentsView.of(alerts.incidentSummaries(only, openOnly, LIMIT), f, catalog.ids()))
        .build();
  }

  @GET
  @Path("{id}")
  @Requires(Action.READ)
  public Response incident(@PathParam("id") String id) {
    Optional<AlertsReadModel.IncidentDetail> detail = parse(id).flatMap(alerts::incident);
    if (detail.isEmpty()) {
      return Response.status(Response.Status.NOT_FOUND)
          .entity(new NotFoundView("No incident with id " + id + "."))
          .build();
    }
    Instant now = clock.instant();
    AlertsReadModel.IncidentDetail d = detail.get();
    return Response.ok(
            new IncidentView(
                d,
                catalog.ids().contains(d.incident().contractId()),
                IncidentSilences.matching(
                    d.incident(),
                    alerts.silences(now, false).stream()
                        .filter(s -> !s.startsAt().isAfter(now))
                        .toList())))
        .build();
  }

  private static Optional<Long> parse(String id) {
    try {
      long n = Long.parseLong(id);
      return n > 0 ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
