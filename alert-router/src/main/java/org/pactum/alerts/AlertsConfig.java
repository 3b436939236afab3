package org.pactum.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.pactum.alerts.core.EscalationPolicy;
import org.pactum.alerts.core.Route;
import org.pactum.alerts.delivery.DeliverySettings;

/**
 * The alert router's configuration section. Every option has a working default: with no receivers
 * configured, incidents are still opened and every notification is recorded as {@code
 * undeliverable: no endpoint configured for receiver X}.
 *
 * <pre>{@code
 * alerts:
 *   publicUrl: http://localhost:8080                 # Pactum's address, for links in messages
 *   pagerdutyBaseUrl: https://events.pagerduty.com   # events go to {base}/v2/enqueue
 *   escalation: {criticalAfter: 3, resolveAfter: 2, repeatInterval: 4h}   # repeatInterval 0s: never
 *   route:                       # the routing tree; the root's receivers default to the owner's
 *     receivers: []              #   channels: "slack:<channel>", "pagerduty:<service>"
 *     routes: []                 # see RouteConfig
 *   receivers: []                # see ReceiverConfig
 *   delivery:
 *     threads: 4                 # concurrent sends (on different ordering keys)
 *     pollInterval: 1s
 *     initialBackoff: 2s         # doubles per attempt, with jitter; Retry-After wins
 *     maxBackoff: 10m
 *     maxAttempts: 12            # then FAILED
 *     requestTimeout: 10s
 *     batchSize: 100
 *     shutdownGrace: 10s
 *     reminderSweep: 1m          # how often open incidents are checked for due reminders
 *     slackMinInterval: 1s       # Slack: about one message per second per webhook
 * }</pre>
 */
public class AlertsConfig {
  @NotNull @JsonProperty public String publicUrl = "http://localhost:8080";
  @NotNull @JsonProperty public String pagerdutyBaseUrl = "https://events.pagerduty.com";
  @Valid @NotNull @JsonProperty public EscalationConfig escalation = new EscalationConfig();
  @Valid @NotNull @JsonProperty public RouteConfig route = new RouteConfig();
  @Valid @NotNull @JsonProperty public List<ReceiverConfig> receivers = new ArrayList<>();
  @Valid @NotNull @JsonProperty public DeliveryConfig delivery = new DeliveryConfig();

  /** The default escalation policy (the root route's, unless it sets its own). */
  public static class EscalationConfig {
    @Min(1)
    @Max(1000)
    @JsonProperty
    public int criticalAfter = 3;

    @Min(1)
    @Max(1000)
    @JsonProperty
    public int resolveAfter = 2;

    @NotNull @JsonProperty public Duration repeatInterval = Duration.hours(4);

    EscalationPolicy toPolicy() {
      return new EscalationPolicy(criticalAfter, resolveAfter, repeatInterval.toJavaDuration());
    }
  }

  /** The delivery worker's settings. */
  public static class DeliveryConfig {
    @Min(1)
    @Max(64)
    @JsonProperty
    public int threads = 4;

    @NotNull @JsonProperty public Duration pollInterval = Duration.seconds(1);
    @NotNull @JsonProperty public Duration initialBackoff = Duration.seconds(2);
    @NotNull @JsonProperty public Duration maxBackoff = Duration.minutes(10);

    @Min(1)
    @Max(1000)
    @JsonProperty
    public int maxAttempts = 12;

    @NotNull @JsonProperty public Duration requestTimeout = Duration.seconds(10);

    @Min(1)
    @Max(10_000)
    @JsonProperty
    public int batchSize = 100;

    @NotNull @JsonProperty public Duration shutdownGrace = Duration.seconds(10);
    @NotNull @JsonProperty public Duration reminderSweep = Duration.minutes(1);
    @NotNull @JsonProperty public Duration slackMinInterval = Duration.seconds(1);

    public DeliverySettings toSettings() {
      requirePositive("pollInterval", pollInterval);
      requirePositive("initialBackoff", initialBackoff);
      requirePositive("maxBackoff", maxBackoff);
      requirePositive("requestTimeout", requestTimeout);
      return new DeliverySettings(
          threads,
          pollInterval.toJavaDuration(),
          initialBackoff.toJavaDuration(),
          maxBackoff.toJavaDuration(),
          maxAttempts,
          requestTimeout.toJavaDuration(),
          batchSize,
          shutdownGrace.toJavaDuration());
    }

    private static void requirePositive(String field, Duration d) {
      if (d.toNanoseconds() <= 0) {
        throw new IllegalArgumentException("alerts.delivery." + field + " must be positive");
      }
    }
  }

  /** The routing tree; fails with the offending path on a bad matcher or policy. */
  public Route toRoute() {
    return (route == null ? new RouteConfig() : route)
        .toRoute(escalation.toPolicy(), true, "alerts.route");
  }

  /** The receivers by name; fails on a duplicate name, unknown type or bad URL. */
  public ReceiverRegistry toReceivers() {
    return new ReceiverRegistry(
        receivers, pagerdutyBaseUrl, delivery.slackMinInterval.toJavaDuration());
  }
}
