package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pactum.alerts.AlertsRuntime;
import org.pactum.alerts.ReceiverRegistry;
import org.pactum.alerts.core.AlertsException;
import org.pactum.alerts.core.Owner;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.RouteMatch;
import org.pactum.alerts.core.Severity;
import org.pactum.alerts.core.Signal;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.alerts.db.ReceiverStatusRow;
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
  private final Supplier<AlertsRuntime> runtime;

  public AlertsResource(Supplier<AlertsRuntime> runtime) {
    this.runtime = runtime;
  }

  @POST
  @Path("/route-test")
  @Consumes(MediaType.APPLICATION_JSON)
  public Json.RouteTest routeTest(JsonNode body) {
    Signal s = routeTestSignal(Fields.object(body), runtime.get().clock().instant());
    List<RouteMatch> hits = runtime.get().router().routeTest(s);
    return routeTestResult(hits, runtime.get().receivers());
  }

  /** The route-test answer, shared with the CLI. */
  public static Json.RouteTest routeTestResult(List<RouteMatch> hits, ReceiverRegistry receivers) {
    Set<String> all = new LinkedHashSet<>();
    hits.forEach(h -> all.addAll(h.receivers()));
    return new Json.RouteTest(
        List.copyOf(all),
        hits.stream().map(Json.RouteHit::of).toList(),
        all.stream().filter(r -> !receivers.hasEndpoint(r)).toList());
  }

  /** A failing signal from a route-test request. */
  public static Signal routeTestSignal(JsonNode body, java.time.Instant now) {
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
  public Json.ReceiverList receivers() {
    ReceiverRegistry registry = runtime.get().receivers();
    Map<String, ReceiverStatusRow> status =
        runtime.get().reads().receiverStatus().stream()
            .collect(Collectors.toMap(ReceiverStatusRow::receiver, Function.identity()));
    Set<String> names = new TreeSet<>(registry.names());
    names.addAll(status.keySet());
    return new Json.ReceiverList(
        names.stream()
            .map(
                n -> {
                  ReceiverKind k = registry.kind(n);
                  return Json.Receiver.of(
                      n, k == null ? null : k.wire(), registry.hasEndpoint(n), status.get(n));
                })
            .toList());
  }
}
