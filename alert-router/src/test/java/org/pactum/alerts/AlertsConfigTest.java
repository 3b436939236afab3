package org.pactum.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.alerts.core.ReceiverKind;
import org.pactum.alerts.core.Route;

class AlertsConfigTest {
  private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());

  @Test
  void theDefaultsWork() {
    AlertsConfig c = new AlertsConfig();
    Route root = c.toRoute();
    assertThat(root.receivers()).isEmpty(); // the owner's channels
    assertThat(root.policy().criticalAfter()).isEqualTo(3);
    assertThat(root.policy().resolveAfter()).isEqualTo(2);
    assertThat(root.policy().repeatInterval()).isEqualTo(Duration.ofHours(4));
    ReceiverRegistry r = c.toReceivers();
    assertThat(r.kind("slack:#x")).isEqualTo(ReceiverKind.SLACK);
    assertThat(r.hasEndpoint("slack:#x")).isFalse();
    assertThat(c.delivery.toSettings().threads()).isEqualTo(4);
  }

  @Test
  void readsATreeFromYaml() throws Exception {
    AlertsConfig c =
        YAML.readValue(
            """
            escalation: {criticalAfter: 4, repeatInterval: 30m}
            route:
              routes:
                - name: payments
                  match: {contract: "payments.*", severity: [critical]}
                  receivers: [pay]
                  continue: true
                  resolveAfter: 3
            receivers:
              - {name: pay, type: pagerduty, routingKey: "k"}
              - {name: "slack:#ops", type: slack, url: ""}
            """,
            AlertsConfig.class);
    Route root = c.toRoute();
    Route payments = root.routes().get(0);
    assertThat(payments.continueMatching()).isTrue();
    assertThat(payments.policy().criticalAfter()).isEqualTo(4);
    assertThat(payments.policy().resolveAfter()).isEqualTo(3);
    assertThat(payments.policy().repeatInterval()).isEqualTo(Duration.ofMinutes(30));
    ReceiverRegistry r = c.toReceivers();
    assertThat(r.find("pay").orElseThrow().uri().toString())
        .isEqualTo("https://events.pagerduty.com/v2/enqueue");
    assertThat(r.hasEndpoint("slack:#ops"))
        .isFalse(); // an empty secret: undeliverable, not an error
    assertThat(r.find("pay").orElseThrow().toString()).doesNotContain("k]");
  }

  @Test
  void badSettingsNameTheField() {
    AlertsConfig c = new AlertsConfig();
    RouteConfig bad = new RouteConfig();
    bad.match.severity = List.of("loud");
    c.route.routes.add(bad);
    assertThatThrownBy(c::toRoute)
        .hasMessage(
            "alerts.route.routes[0].match.severity must be critical, error, warning or info, not 'loud'");
    AlertsConfig r = new AlertsConfig();
    r.receivers.add(new ReceiverConfig("x", "email", null, null, null));
    assertThatThrownBy(r::toReceivers).hasMessageStartingWith("alerts.receivers[0].type must be");
    AlertsConfig u = new AlertsConfig();
    u.receivers.add(new ReceiverConfig("x", "slack", "ftp://secret.example/abc", null, null));
    assertThatThrownBy(u::toReceivers)
        .hasMessage("alerts.receivers[0].url (receiver x) must be an http(s) URL")
        .message()
        .doesNotContain("secret.example");
    AlertsConfig d = new AlertsConfig();
    d.receivers.add(new ReceiverConfig("x", "slack", null, null, null));
    d.receivers.add(new ReceiverConfig("x", "webhook", null, null, null));
    assertThatThrownBy(d::toReceivers)
        .hasMessage("alerts.receivers[1].name: receiver x is defined twice");
  }
}
