package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pactum.alerts.core.AlertRouter;
import org.pactum.alerts.core.AlertsException;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.ReceiverDirectory;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.ReceiverStatus;
import org.pactum.alerts.core.RouteMatch;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.input.JsonFields;

/**
 * {@code POST /api/v1/alerts/route-test} {@code {contract, check, severity, team?, dataset?, tags?,
 * owner?: {slack, pagerduty}}} → the routes and receivers a failure would reach (like {@code amtool
 * config routes test}); {@code GET /api/v1/alerts/receivers}: each receiver's kind, whether it has
 * an endpoint, and whether it is marked misconfigured.
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public final class AlertsResource {
  private final AlertRouter router;
  private final ReceiverDirectory receivers;
  private final AlertsReadModel reads;
  private final Clock clock;

  public AlertsResource(
      AlertRouter router, ReceiverDirectory receivers, AlertsReadModel reads, Clock clock) {
    this.router = router;
    this.receivers = receivers;
    this.reads = reads;
    this.clock = clock;
  }

  @POST
  @Path("/route-test")
  @Consumes(MediaType.APPLICATION_JSON)
  @Requires(Action.READ)
  public Json.RouteTest routeTest(JsonNode body) {
    Signal s = routeTestSignal(Fields.object(body), clock.instant());
    List<RouteMatch> hits = router.routeTest(s);
    return routeTestResult(hits, receivers);
  }

  /** The route-test answer, shared with the CLI. */
  public static Json.RouteTest routeTestResult(List<RouteMatch> hits, ReceiverDirectory receivers) {
    Set<String> all = new LinkedHashSet<>();
    hits.forEach(h -> all.addAll(h.receivers()));
    return new Json.RouteTest(
        List.copyOf(all),
        hits.stream().map(Json.RouteHit::of).toList(),
        all.stream().filter(r -> !receivers.hasEndpoint(r)).toList());
  }

  /** A failing signal from a route-test request. */
  public static Signal routeTestSignal(JsonNode body, Instant now) {
    JsonFields.only(
        body, Set.of("contract", "check", "severity", "team", "owner", "dataset", "tags"));
    JsonNode owner = body.get("owner");
    if (owner != null && !owner.isNull()) {
      JsonFields.only(owner, "owner", Set.of("slack", "pagerduty"));
    }
    String contract = Fields.text(body, "contract", true);
    String check = Fields.text(body, "check", true);
    Severity severity;
    try {
      severity = Severity.parse("severity", Fields.text(body, "severity", true));
    } catch (IllegalArgumentException e) {
      throw AlertsException.invalid(e.getMessage());
    }
    Owner o =
        new Owner(
            Fields.text(body, "team", false),
            null,
            owner == null ? null : Fields.text(owner, "slack", false),
            owner == null ? null : Fields.text(owner, "pagerduty", false));
    return new Signal(
        "route-test",
        contract,
        Fields.text(body, "dataset", false),
        check,
        null,
        SignalStatus.FAIL,
        severity,
        o,
        Fields.texts(body, "tags"),
        null,
        null,
        null,
        null,
        now);
  }

  @GET
  @Path("/receivers")
  @Requires(Action.READ)
  public Json.ReceiverList receivers() {
    Map<String, ReceiverStatus> status =
        reads.receiverStatus().stream()
            .collect(Collectors.toMap(ReceiverStatus::receiver, Function.identity()));
    Set<String> names = new TreeSet<>(receivers.names());
    names.addAll(status.keySet());
    return new Json.ReceiverList(
        names.stream()
            .map(
                n -> {
                  ReceiverKind k = receivers.kind(n);
                  return Json.Receiver.of(
                      n, k == null ? null : k.wire(), receivers.hasEndpoint(n), status.get(n));
                })
            .toList());
  }
}
