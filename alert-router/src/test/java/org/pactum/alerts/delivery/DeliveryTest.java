package org.pactum.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.alerts.testing.AlertsHarness.PD;
import static org.pactum.alerts.testing.AlertsHarness.ROUTING_KEY;
import static org.pactum.alerts.testing.AlertsHarness.SLACK;
import static org.pactum.alerts.testing.AlertsHarness.SLACK_PATH;
import static org.pactum.alerts.testing.AlertsHarness.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.alerts.ReceiverConfig;
import org.pactum.alerts.core.SignalStatus;
import org.pactum.alerts.db.AttemptDao;
import org.pactum.alerts.db.AttemptRow;
import org.pactum.alerts.db.NotificationRow;
import org.pactum.alerts.db.ReceiverStatusDao;
import org.pactum.alerts.db.ReceiverStatusRow;
import org.pactum.alerts.testing.AlertsHarness;
import org.pactum.alerts.testing.LogCapture;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.RecordingHttpReceiver.Recorded;
import org.pactum.testsupport.RecordingHttpReceiver.Reply;
import org.pactum.testsupport.TestDatabase;

/** The outbox and delivery worker against the embedded PostgreSQL and a recording receiver. */
@ExtendWith(PostgresExtension.class)
class DeliveryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private final TestDatabase db;
  private AlertsHarness h;

  DeliveryTest(TestDatabase db) {
    this.db = db;
  }

  @AfterEach
  void close() throws InterruptedException {
    if (h != null) {
      h.close();
    }
  }

  private static JsonNode json(Recorded r) {
    try {
      return JSON.readTree(r.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theWholeLadderReachesSlackThenPagerDutyAndResolvesBoth() {
    h = new AlertsHarness(db, c -> {});
    h.worker.start();
    for (String run : List.of("r1", "r2", "r3")) {
      h.router.accept(List.of(signal("orders", "not_null(id)", SignalStatus.FAIL, run)));
    }
    for (String run : List.of("r4", "r5")) {
      h.router.accept(List.of(signal("orders", "not_null(id)", SignalStatus.PASS, run)));
    }
    h.awaitSettled(WAIT);
    assertThat(h.validators.problems).isEmpty();
    List<JsonNode> pd = h.pagerDutyRequests().stream().map(DeliveryTest::json).toList();
    assertThat(pd)
        .extracting(n -> n.path("event_action").asText())
        .containsExactly("trigger", "resolve");
    assertThat(pd.get(0).path("routing_key").asText()).isEqualTo(ROUTING_KEY);
    assertThat(pd.get(0).path("dedup_key").asText())
        .isEqualTo(pd.get(1).path("dedup_key").asText());
    assertThat(pd.get(0).path("payload").path("severity").asText()).isEqualTo("critical");
    assertThat(pd.get(0).path("links").get(0).path("href").asText())
        .isEqualTo("http://pactum.test/api/v1/runs/r3");
    List<String> slack =
        h.slackRequests().stream().map(r -> json(r).path("text").asText()).toList();
    assertThat(slack).hasSize(3);
    assertThat(slack.get(0)).startsWith("Check failing: orders · not_null(id)");
    assertThat(slack.get(1)).startsWith("Escalated to critical:");
    assertThat(slack.get(2)).startsWith("Recovered:");
    assertThat(h.notifications()).extracting(NotificationRow::status).containsOnly("DELIVERED");
  }

  @Test
  void aTriggerRetriedOnServerErrorsStillGoesBeforeItsResolve() {
    h = new AlertsHarness(db, c -> c.escalation.criticalAfter = 1);
    h.receiver.enqueue("/v2/enqueue", Reply.status(500), Reply.status(503), Reply.status(429));
    h.router.accept(List.of(signal("orders", "unique(id)", SignalStatus.FAIL, "r1")));
    h.router.accept(List.of(signal("orders", "unique(id)", SignalStatus.PASS, "r2")));
    h.router.accept(List.of(signal("orders", "unique(id)", SignalStatus.PASS, "r3")));
    h.worker.start();
    h.awaitSettled(WAIT);
    List<Recorded> pd = h.pagerDutyRequests();
    assertThat(pd)
        .extracting(r -> json(r).path("event_action").asText() + " " + r.status())
        .containsExactly("trigger 500", "trigger 503", "trigger 429", "trigger 202", "resolve 202");
    NotificationRow trigger =
        h.notifications().stream()
            .filter(n -> n.receiver().equals(PD) && n.event().equals("ESCALATE"))
            .findFirst()
            .orElseThrow();
    List<AttemptRow> attempts =
        h.jdbi.withExtension(AttemptDao.class, d -> d.forNotifications(new Long[] {trigger.id()}));
    assertThat(attempts).extracting(AttemptRow::statusCode).containsExactly(500, 503, 429, 202);
    assertThat(attempts)
        .extracting(AttemptRow::outcome)
        .containsExactly("RETRY", "RETRY", "RETRY", "DELIVERED");
    assertThat(attempts).allSatisfy(a -> assertThat(a.latencyMs()).isGreaterThanOrEqualTo(0));
    assertThat(trigger.attempts()).isEqualTo(4);
  }

  @Test
  void slacksRetryAfterIsHonoured() {
    h = new AlertsHarness(db, c -> {});
    h.receiver.enqueue(SLACK_PATH, Reply.retryAfter(1));
    h.worker.start();
    h.router.accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r1")));
    h.awaitSettled(WAIT);
    List<Recorded> slack = h.slackRequests();
    assertThat(slack).extracting(Recorded::status).containsExactly(429, 200);
    assertThat(Duration.between(slack.get(0).receivedAt(), slack.get(1).receivedAt()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void slackMessagesArriveAtLeastTheMinimumIntervalApart() {
    h =
        new AlertsHarness(
            db, c -> c.delivery.slackMinInterval = io.dropwizard.util.Duration.milliseconds(400));
    for (int run = 0; run < 4; run++) { // four runs: four grouped messages to one webhook
      h.router.accept(
          List.of(
              signal("orders" + run, "a", SignalStatus.FAIL, "r" + run),
              signal("orders" + run, "b", SignalStatus.FAIL, "r" + run)));
    }
    h.worker.start();
    h.awaitSettled(WAIT);
    List<Recorded> slack = h.slackRequests();
    assertThat(slack).hasSize(4).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    for (int i = 1; i < slack.size(); i++) {
      assertThat(Duration.between(slack.get(i - 1).receivedAt(), slack.get(i).receivedAt()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
    assertThat(slack)
        .extracting(r -> json(r).path("text").asText())
        .allSatisfy(
            t -> assertThat(t).startsWith("Checks failing: 2 checks on warehouse:public.orders"));
  }

  @Test
  void aPermanentRefusalFailsTheMessageAndMarksTheReceiverMisconfigured() {
    try (LogCapture logs = new LogCapture()) {
      h = new AlertsHarness(db, c -> {});
      h.receiver.enqueue(SLACK_PATH, Reply.status(404, "no_service"));
      h.worker.start();
      h.router.accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r1")));
      h.awaitSettled(WAIT);
      NotificationRow n = h.notifications().get(0);
      assertThat(n.status()).isEqualTo("FAILED");
      assertThat(n.reason()).isEqualTo("permanent: HTTP 404 from receiver " + SLACK);
      assertThat(n.attempts()).isEqualTo(1);
      List<ReceiverStatusRow> status =
          h.jdbi.withExtension(ReceiverStatusDao.class, ReceiverStatusDao::all);
      assertThat(status)
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.receiver()).isEqualTo(SLACK);
                assertThat(s.misconfigured()).isTrue();
                assertThat(s.statusCode()).isEqualTo(404);
                assertThat(s.detail()).isEqualTo("no_service");
              });
      assertThat(logs.lines())
          .filteredOn(l -> l.contains("event=alert_receiver_misconfigured"))
          .singleElement()
          .asString()
          .contains("receiver=" + SLACK)
          .contains("status=404");
      // the next accepted message clears the mark
      h.router.accept(List.of(signal("orders", "b", SignalStatus.FAIL, "r2")));
      h.awaitSettled(WAIT);
      assertThat(h.jdbi.withExtension(ReceiverStatusDao.class, ReceiverStatusDao::misconfigured))
          .isEmpty();
    }
  }

  @Test
  void aRestartWithDeliveriesPendingLosesNothingAndSendsNothingTwice() throws Exception {
    h = new AlertsHarness(db, c -> c.escalation.criticalAfter = 1);
    h.receiver.stop(); // refuses connections
    h.worker.start();
    for (int i = 0; i < 5; i++) {
      h.router.accept(List.of(signal("contract" + i, "a", SignalStatus.FAIL, "r" + i)));
    }
    h.router.accept(List.of(signal("contract0", "a", SignalStatus.PASS, "p1")));
    h.router.accept(List.of(signal("contract0", "a", SignalStatus.PASS, "p2")));
    // wait until some attempts failed on the refused connection, then "crash" the process
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (h.jdbi.withHandle(
            x ->
                x.createQuery("select count(*) from alerts.delivery_attempt")
                    .mapTo(Integer.class)
                    .one())
        < 3) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      AlertsHarness.sleep(20);
    }
    h.worker.stop();
    List<AttemptRow> failed =
        h.jdbi.withExtension(
            AttemptDao.class,
            d ->
                d.forNotifications(
                    h.notifications().stream().map(NotificationRow::id).toArray(Long[]::new)));
    assertThat(failed)
        .allSatisfy(
            a -> {
              assertThat(a.statusCode()).isNull();
              assertThat(a.error()).startsWith("network error");
            });
    int total = h.notifications().size();
    assertThat(total)
        .isEqualTo(
            5 * 2 + 2); // 5 × (slack open+escalate grouped? no: one slack, one pd) + resolves
    h.receiver.restart();
    h.build(); // a new process: new store, worker and router over the same database
    h.worker.start();
    h.awaitSettled(WAIT);
    assertThat(h.notifications()).extracting(NotificationRow::status).containsOnly("DELIVERED");
    List<Recorded> accepted = h.receiver.requests(r -> r.status() / 100 == 2);
    assertThat(accepted).hasSize(total);
    Map<String, Long> pdByKey =
        h.pagerDutyRequests().stream()
            .collect(
                Collectors.groupingBy(
                    r ->
                        json(r).path("dedup_key").asText()
                            + " "
                            + json(r).path("event_action").asText(),
                    Collectors.counting()));
    assertThat(pdByKey.values()).containsOnly(1L);
    List<String> c0 =
        h.pagerDutyRequests().stream()
            .map(DeliveryTest::json)
            .filter(n -> n.path("dedup_key").asText().contains("/contract0/"))
            .map(n -> n.path("event_action").asText())
            .toList();
    assertThat(c0).containsExactly("trigger", "resolve");
  }

  @Test
  void webhooksAreSignedAndNoSecretReachesAnyLogLine() throws Exception {
    try (LogCapture logs = new LogCapture()) {
      h =
          new AlertsHarness(
              db,
              c -> {
                c.receivers.add(
                    new ReceiverConfig("audit", "webhook", null, null, "hmac-S3CRET-value"));
                c.route.receivers = List.of(SLACK, PD, "audit", "unconfigured");
                c.escalation.criticalAfter = 2;
              });
      h.config.receivers.get(2).url = h.receiver.uri("/hooks/audit-S3CRETpath").toString();
      h.build();
      h.receiver.enqueue(
          SLACK_PATH, Reply.status(500, "echo " + SLACK_PATH), Reply.status(403, "invalid_token"));
      h.receiver.enqueue(
          "/v2/enqueue", Reply.status(400, "{\"message\":\"bad key " + ROUTING_KEY + "\"}"));
      h.worker.start();
      h.router.accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r1")));
      h.router.accept(List.of(signal("orders", "a", SignalStatus.FAIL, "r2")));
      h.awaitSettled(WAIT);
      h.receiver.stop();
      h.router.accept(List.of(signal("orders", "b", SignalStatus.FAIL, "r3")));
      AlertsHarness.sleep(300);
      h.worker.stop();

      Recorded hook = h.receiver.requests(r -> r.path().startsWith("/hooks/")).get(0);
      assertThat(hook.header("X-Pactum-Signature"))
          .isEqualTo("sha256=" + WebhookNotifier.sign("hmac-S3CRET-value", hook.body()));
      assertThat(json(hook).path("incidents").get(0).path("contract_id").asText())
          .isEqualTo("orders");
      assertThat(h.notifications())
          .filteredOn(n -> n.receiver().equals("unconfigured"))
          .allSatisfy(
              n -> {
                assertThat(n.status()).isEqualTo("UNDELIVERABLE");
                assertThat(n.reason())
                    .isEqualTo("undeliverable: no endpoint configured for receiver unconfigured");
              });
      List<String> secrets =
          List.of(SLACK_PATH, "SECRETslackToken42", ROUTING_KEY, "hmac-S3CRET-value", "S3CRETpath");
      assertThat(logs.lines()).isNotEmpty();
      for (String line : logs.lines()) {
        for (String secret : secrets) {
          assertThat(line).doesNotContain(secret);
        }
      }
      String stored =
          h.jdbi.withHandle(
              x ->
                  x.createQuery(
                          "select coalesce(string_agg(coalesce(response_excerpt,'') || coalesce(error,''), ' '), '') from alerts.delivery_attempt")
                      .mapTo(String.class)
                      .one());
      String payloads =
          h.jdbi.withHandle(
              x ->
                  x.createQuery(
                          "select string_agg(payload::text || coalesce(reason,''), ' ') from alerts.notification")
                      .mapTo(String.class)
                      .one());
      assertThat(stored).contains("[redacted]");
      for (String secret : secrets) {
        assertThat(stored).doesNotContain(secret);
        assertThat(payloads).doesNotContain(secret);
      }
    }
  }
}
