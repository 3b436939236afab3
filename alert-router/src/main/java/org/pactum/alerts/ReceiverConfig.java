package org.pactum.alerts;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;

/**
 * One receiver. Secrets come from the environment ({@code ${SLACK_CHECKOUT_URL:-}}); an empty one
 * means "no endpoint": its notifications are recorded as undeliverable, never dropped.
 *
 * <pre>{@code
 * - name: "slack:#checkout-data"     # the owner's channel, as the default route names it
 *   type: slack                      # slack | pagerduty | webhook
 *   url: ${SLACK_CHECKOUT_URL:-}     # slack, webhook: the URL (a secret)
 * - name: "pagerduty:checkout-oncall"
 *   type: pagerduty
 *   routingKey: ${PD_CHECKOUT_KEY:-} # pagerduty: the integration's routing key (a secret)
 * - name: audit
 *   type: webhook
 *   url: https://audit.example.com/pactum
 *   secret: ${AUDIT_HMAC_SECRET:-}   # webhook: HMAC-SHA256 signing secret (optional)
 *   minInterval: 0s                  # least time between two messages (slack default: 1s)
 * }</pre>
 */
public class ReceiverConfig {
  @NotBlank @JsonProperty public String name;
  @NotBlank @JsonProperty public String type;
  @JsonProperty public String url;
  @JsonProperty public String routingKey;
  @JsonProperty public String secret;
  @JsonProperty public Duration minInterval;

  public ReceiverConfig() {}

  public ReceiverConfig(String name, String type, String url, String routingKey, String secret) {
    this.name = name;
    this.type = type;
    this.url = url;
    this.routingKey = routingKey;
    this.secret = secret;
  }

  @Override
  public String toString() {
    return "ReceiverConfig[" + name + ", " + type + "]"; // never the secrets
  }
}
