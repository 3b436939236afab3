package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactum.contracts.model.ErasureAction.DELETE_ROW;
import static org.pactum.contracts.model.ErasureAction.HASH;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.contracts.model.ErasureAction.REDACT;
import static org.pactum.lineage.erasure.Contracts.contract;
import static org.pactum.lineage.erasure.Contracts.pii;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.lineage.erasure.core.ErasureException.Reason;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Erasures across three datasets on three datasources of the embedded PostgreSQL: a transient
 * failure retried, a datasource that cannot be reached (no false "done"), resume, restart recovery,
 * the reconciliation sweep and the overdue check. Subject ids contain letters that cannot occur in
 * hex, so finding one anywhere is a real leak and not a hash collision.
 */
@ExtendWith(PostgresExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureExecutionTest {
  /** The HMAC secret's folder, removed after the class. */
  @TempDir static Path secretDir;

  private static final String SUBJECT = "cust-ZQX-4242";
  private static final String OTHER = "cust-KEEP-7";
  private static final AtomicReference<DataSource> PAYMENTS = new AtomicReference<>();
  private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
  private static final List<String> SUBJECTS = new ArrayList<>();

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static ErasureContext runtime;
  private static Path secretFile;

  static final List<DataContract> CONTRACTS =
      List.of(
          contract(
              "crm.customers",
              "wh_a",
              "crm.customers",
              pii("customer", "customer_id", "customer_id", DELETE_ROW, "email", NULLIFY)),
          contract(
              "orders",
              "wh_b",
              "public.orders",
              pii("customer", "customer_id", "email", NULLIFY, "name", HASH, "note", REDACT)),
          contract(
              "payments",
              "wh_c",
              "payments.payment",
              pii("customer", "customer_id", "customer_id", DELETE_ROW)));

  @BeforeAll
  static void start(TestDatabase database) throws Exception {
    db = database;
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    db.execute(
        """
        create schema crm;
        create table crm.customers (customer_id text primary key, email text, name text);
        create table public.orders (order_id int primary key, customer_id text, email text,
                                    name text, note text, amount numeric);
        create index on public.orders (customer_id);
        create schema payments;
        create table payments.payment (payment_id int primary key, customer_id text, card text);
        -- the first update of orders ever fails with a serialization failure (transient)
        create sequence public.orders_flaky;
        create function public.orders_flaky() returns trigger language plpgsql as $$
        begin
          if nextval('public.orders_flaky') = 1 then
            raise exception 'transient failure' using errcode = '40001';
          end if;
          return null;
        end $$;
        create trigger orders_flaky before update on public.orders
          for each statement execute function public.orders_flaky();
        """);
    seed(SUBJECT, 1);
    seed(OTHER, 100);
    PAYMENTS.set(unreachable());
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(ch.qos.logback.classic.Level.DEBUG);
    LOGS.start();
    root.addAppender(LOGS);
    secretFile = secretDir.resolve("erasure-secret");
    runtime = runtime(Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (runtime != null) {
      runtime.close();
    }
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
  }

  static ErasureContext runtime(Clock clock) {
    ErasureConfig config = new ErasureConfig();
    config.setRetryBackoff(io.dropwizard.util.Duration.milliseconds(10));
    config.setSweepInterval(io.dropwizard.util.Duration.seconds(0));
    config.setOverdueCheckInterval(io.dropwizard.util.Duration.seconds(0));
    return new ErasureContext(
        jdbi,
        config,
        secretFile,
        name ->
            switch (name) {
              case "wh_a", "wh_b" -> db.dataSource();
              case "wh_c" -> PAYMENTS.get();
              default -> null;
            },
        () -> CONTRACTS,
        PiiLineage.NONE,
        r -> {},
        clock);
  }

  static void seed(String subject, int base) {
    SUBJECTS.add(subject);
    db.execute(
        "insert into crm.customers values ('%s', '%s@example.com', 'N %s')"
            .formatted(subject, subject, subject));
    for (int i = 0; i < 2; i++) {
      db.execute(
          "insert into public.orders values (%d, '%s', '%s@example.com', 'Name %s', 'call %s', 9.5)"
              .formatted(base + i, subject, subject, subject, subject));
    }
    db.execute(
        "insert into payments.payment values (%d, '%s', '4111-%s')"
            .formatted(base, subject, subject));
  }

  static DataSource unreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {"localhost"});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName("nothing");
    ds.setUser("postgres");
    ds.setConnectTimeout(2);
    return ds;
  }

  static long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  static RequestStatus await(ErasureService.Submitted s) throws Exception {
    return s.execution().get(60, TimeUnit.SECONDS);
  }

  static Map<String, DatasetState> states(UUID id) {
    Map<String, DatasetState> m = new java.util.LinkedHashMap<>();
    runtime.store().datasets(id).forEach(s -> m.put(s.dataset().datasource(), s));
    return m;
  }

  @Test
  @Order(1)
  void aFailingDatasourceLeavesTheRequestPartialAndResumeFinishesIt() throws Exception {
    ErasureService.Submitted s =
        runtime.service().submit("customer", SUBJECT, "dpo@example.com", "GDPR art. 17(1)(a)");
    UUID id = s.request().requestId();

    assertThat(await(s)).isEqualTo(RequestStatus.PARTIAL);
    ErasureRequest r = runtime.service().find(id);
    assertThat(r.status()).isEqualTo(RequestStatus.PARTIAL);
    assertThat(r.statusReason()).contains("wh_c:payments.payment", "08");
    assertThat(r.dueAt()).isEqualTo(r.receivedAt().plus(Duration.ofDays(30)));
    Map<String, DatasetState> st = states(id);
    assertThat(st.get("wh_a").status()).isEqualTo(DatasetStatus.VERIFIED);
    assertThat(st.get("wh_a").attempts()).isEqualTo(1);
    assertThat(st.get("wh_a").rowsMatched()).isEqualTo(1);
    assertThat(st.get("wh_a").rowsAffected()).isEqualTo(1);
    assertThat(st.get("wh_b").status()).isEqualTo(DatasetStatus.VERIFIED);
    assertThat(st.get("wh_b").attempts()).as("retried after the transient failure").isEqualTo(2);
    assertThat(st.get("wh_b").rowsMatched()).isEqualTo(2);
    assertThat(st.get("wh_b").rowsAffected()).isEqualTo(2);
    assertThat(st.get("wh_b").rowsRemaining()).isZero();
    assertThat(st.get("wh_c").status()).isEqualTo(DatasetStatus.FAILED);
    assertThat(st.get("wh_c").attempts()).isEqualTo(3);
    assertThat(st.get("wh_c").error()).startsWith("SQLState 08");
    assertThat(runtime.store().suppressed("customer", r.subjectHmac())).isFalse();

    // the warehouse: the subject erased where verified, untouched where failed; others untouched
    assertThat(count("select count(*) from crm.customers where customer_id = '" + SUBJECT + "'"))
        .isZero();
    assertThat(count("select count(*) from crm.customers")).isEqualTo(1);
    assertThat(
            count(
                "select count(*) from public.orders where customer_id = '"
                    + SUBJECT
                    + "' and email is null and note = '[erased]' and name ~ '^[0-9a-f]{64}$'"
                    + " and amount = 9.5"))
        .isEqualTo(2);
    assertThat(
            count(
                "select count(*) from public.orders where customer_id = '"
                    + OTHER
                    + "' and email is not null and note = 'call "
                    + OTHER
                    + "'"))
        .isEqualTo(2);
    assertThat(count("select count(*) from payments.payment")).isEqualTo(2);

    // resume: the wrong id is refused; the right one runs only the failed dataset
    assertThatThrownBy(() -> runtime.service().resume(id, "cust-ZQX-4243"))
        .isInstanceOf(ErasureException.class)
        .extracting(e -> ((ErasureException) e).reason())
        .isEqualTo(Reason.SUBJECT_MISMATCH);
    PAYMENTS.set(db.dataSource());
    assertThat(await(runtime.service().resume(id, SUBJECT))).isEqualTo(RequestStatus.COMPLETED);
    st = states(id);
    assertThat(st.values()).allMatch(d -> d.status() == DatasetStatus.VERIFIED);
    assertThat(st.get("wh_a").attempts()).isEqualTo(1);
    assertThat(st.get("wh_c").attempts()).isEqualTo(4);
    assertThat(count("select count(*) from payments.payment where customer_id = '" + SUBJECT + "'"))
        .isZero();
    assertThat(runtime.service().find(id).status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(runtime.store().suppressed("customer", r.subjectHmac())).isTrue();

    List<String> types =
        runtime.audit().forRequest(id).stream().map(AuditEvent::eventType).toList();
    assertThat(types)
        .startsWith("request_received", "plan_made")
        .contains(
            "dataset_attempt_failed",
            "dataset_failed",
            "request_partial",
            "request_resumed",
            "request_completed")
        .endsWith("request_completed");
    assertThat(runtime.audit().verify().valid()).isTrue();
  }

  @Test
  @Order(2)
  void theSweepReportsDataOfAnErasedSubjectThatCameBack() throws Exception {
    String subject = "cust-SWEEP-1";
    seed(subject, 200);
    ErasureService.Submitted s = runtime.service().submit("customer", subject, "dpo", "art. 17");
    assertThat(await(s)).isEqualTo(RequestStatus.COMPLETED);
    UUID id = s.request().requestId();
    assertThat(sweepFindings(id)).isEmpty();

    // a late load brings the subject back into two datasets
    db.execute("insert into crm.customers values ('" + subject + "', 'late@example.com', 'L')");
    db.execute(
        "insert into public.orders values (299, '"
            + subject
            + "', 'late@example.com', null, null,"
            + " 1)");
    db.execute("insert into public.orders values (298, '" + subject + "', null, null, null, 1)");

    List<SweepReport.Finding> found = sweepFindings(id);
    assertThat(found)
        .extracting(SweepReport.Finding::table, SweepReport.Finding::rows)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("crm.customers", 1L),
            org.assertj.core.groups.Tuple.tuple("public.orders", 1L));
    assertThat(runtime.store().lastSweep().orElseThrow().reappearances()).isGreaterThanOrEqualTo(2);
    assertThat(runtime.audit().forRequest(id))
        .extracting(AuditEvent::eventType)
        .contains("subject_reappeared");
  }

  private static List<SweepReport.Finding> sweepFindings(UUID request) {
    return runtime.sweep().run("test").findings().stream()
        .filter(f -> f.requestId().equals(request))
        .toList();
  }

  @Test
  @Order(3)
  void aRestartLeavesExecutingRequestsInterruptedAndOverdueOnesAreReported() throws Exception {
    String subject = "cust-RESTART-1";
    seed(subject, 300);
    ErasureRequest r =
        new ErasureRequest(
            UUID.randomUUID(),
            "customer",
            new SubjectHasher(SecretFile.load("", secretFile)).hmac(subject),
            "dpo",
            "art. 17",
            RequestStatus.RECEIVED,
            null,
            java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS),
            java.time.Instant.now().plus(Duration.ofDays(30)),
            null);
    runtime
        .store()
        .create(r, new ErasurePlanner(() -> CONTRACTS, PiiLineage.NONE).plan("customer"));
    assertThat(runtime.store().claim(r.requestId(), EnumSet.of(RequestStatus.RECEIVED))).isTrue();

    ErasureContext restarted = runtime(Clock.offset(Clock.systemUTC(), Duration.ofDays(31)));
    try {
      restarted.service().recoverInterrupted();
      assertThat(restarted.service().find(r.requestId()).status())
          .isEqualTo(RequestStatus.INTERRUPTED);
      List<ErasureRequest> overdue = new ArrayList<>();
      new ErasureScheduler(
              restarted.sweep(), restarted.service(), overdue::add, Duration.ZERO, Duration.ZERO)
          .checkOverdue();
      assertThat(overdue).extracting(ErasureRequest::requestId).contains(r.requestId());
      assertThat(overdue).allMatch(q -> q.status() != RequestStatus.COMPLETED);

      assertThat(await(restarted.service().resume(r.requestId(), subject)))
          .isEqualTo(RequestStatus.COMPLETED);
      assertThat(runtime.audit().forRequest(r.requestId()))
          .extracting(AuditEvent::eventType)
          .contains("request_interrupted", "request_resumed", "request_completed");
      assertThat(restarted.service().overdue(100))
          .extracting(ErasureRequest::requestId)
          .doesNotContain(r.requestId());
    } finally {
      restarted.close();
    }
  }

  @Test
  @Order(4)
  void anUnknownSubjectTypeIsRefused() {
    assertThatThrownBy(() -> runtime.service().submit("martian", "x", "dpo", "art. 17"))
        .isInstanceOf(ErasureException.class)
        .hasMessageContaining("subject_type");
  }

  @Test
  @Order(100)
  void subjectIdsNeverAppearInLogsAuditOrTheStore() {
    assertThat(LOGS.list).isNotEmpty();
    assertThat(LOGS.list).anyMatch(e -> rendered(e).contains("event=erasure_dataset_verified "));
    String everything =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        select concat_ws('|',
                          (select string_agg(r::text, '|') from privacy.erasure_request r),
                          (select string_agg(d::text, '|') from privacy.erasure_dataset d),
                          (select string_agg(g::text, '|') from privacy.erasure_gap g),
                          (select string_agg(s::text, '|') from privacy.suppression s),
                          (select string_agg(w::text, '|') from privacy.sweep_run w),
                          (select string_agg(a::text, '|') from privacy.audit_event a))
                        """)
                    .mapTo(String.class)
                    .one());
    assertThat(everything).contains("request_received");
    for (String subject : SUBJECTS) {
      String bare = subject.substring(subject.indexOf('-') + 1);
      for (ILoggingEvent e : LOGS.list) {
        assertThat(rendered(e)).doesNotContain(bare);
        if (e.getThrowableProxy() != null) {
          assertThat(e.getThrowableProxy().getMessage()).doesNotContain(bare);
        }
      }
      assertThat(everything).doesNotContain(bare);
    }
  }

  /** An event's message and its key-value pairs, {@code key=value} each. */
  private static String rendered(ILoggingEvent e) {
    StringBuilder s = new StringBuilder(e.getFormattedMessage());
    if (e.getKeyValuePairs() != null) {
      for (KeyValuePair kv : e.getKeyValuePairs()) {
        s.append(' ').append(kv.key).append('=').append(kv.value);
      }
    }
    return s.append(' ').toString();
  }
}
