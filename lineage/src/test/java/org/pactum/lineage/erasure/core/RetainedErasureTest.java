package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.lineage.erasure.Contracts.contract;
import static org.pactum.lineage.erasure.Contracts.pii;
import static org.pactum.lineage.erasure.Contracts.retain;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.ErasureConfig;
import org.pactum.lineage.erasure.ErasureContext;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * {@code erasure: retain} on the embedded PostgreSQL: an invoice table that keeps its amount and
 * billing address (tax law) while the e-mail is nullified, and a ledger whose only PII column is
 * retained. Triggers make the warehouse refuse any statement that would touch retained data: an
 * UPDATE setting a retained column of the invoices, and any UPDATE or DELETE of the ledger.
 */
@ExtendWith(PostgresExtension.class)
class RetainedErasureTest {
  /** The HMAC secret's folder, removed after the class. */
  @TempDir static Path secretDir;

  private static final String TAX = "HGB §257 / AO §147: invoices are kept 10 years";
  private static final String VAT = "UStG §14: the invoice names the buyer";
  private static final String SUBJECT = "cust-RTN-771";
  private static final String OTHER = "cust-OTHER-3";

  private static final List<DataContract> CONTRACTS =
      List.of(
          contract(
              "billing.invoices",
              "wh",
              "billing.invoices",
              pii(
                  "customer",
                  "customer_id",
                  "customer_id",
                  retain(TAX),
                  "amount",
                  retain(TAX),
                  "billing_address",
                  retain(VAT),
                  "email",
                  NULLIFY)),
          contract(
              "billing.ledger",
              "wh",
              "billing.ledger",
              pii("customer", "customer_id", "amount", retain(TAX))));

  private static TestDatabase db;
  private static Jdbi jdbi;
  private static ErasureContext runtime;

  @BeforeAll
  static void start(TestDatabase database) throws Exception {
    db = database;
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    db.execute(
        """
        create schema billing;
        create table billing.invoices (invoice_id int primary key, customer_id text,
                                       amount numeric, billing_address text, email text);
        create table billing.ledger (entry_id int primary key, customer_id text, amount numeric);
        create function billing.refuse() returns trigger language plpgsql as $$
        begin
          raise exception 'retained data touched' using errcode = '42501';
        end $$;
        create trigger invoices_keep before update of amount, billing_address, customer_id
          on billing.invoices for each statement execute function billing.refuse();
        create trigger ledger_keep before update or delete on billing.ledger
          for each statement execute function billing.refuse();
        insert into billing.invoices values
          (1, 'cust-RTN-771', 19.90, 'Hauptstr. 1, Berlin', 'rtn@example.com'),
          (2, 'cust-RTN-771', 5.00, 'Hauptstr. 1, Berlin', 'rtn@example.com'),
          (3, 'cust-OTHER-3', 7.00, 'Ring 2, Bonn', 'other@example.com');
        insert into billing.ledger values
          (1, 'cust-RTN-771', 19.90), (2, 'cust-RTN-771', 5.00), (3, 'cust-RTN-771', -5.00),
          (4, 'cust-OTHER-3', 7.00);
        """);
    ErasureConfig config = new ErasureConfig();
    config.setRetryBackoff(io.dropwizard.util.Duration.milliseconds(10));
    config.setSweepInterval(io.dropwizard.util.Duration.seconds(0));
    config.setOverdueCheckInterval(io.dropwizard.util.Duration.seconds(0));
    runtime =
        new ErasureContext(
            jdbi,
            config,
            secretDir.resolve("erasure-secret"),
            name -> name.equals("wh") ? db.dataSource() : null,
            () -> CONTRACTS,
            PiiLineage.NONE,
            r -> {},
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    if (runtime != null) {
      runtime.close();
    }
  }

  @Test
  void retainedColumnsSurviveTheErasureWhichIsVerifiedAndAuditedWithTheirBasis() throws Exception {
    ErasureService.Submitted s =
        runtime.service().submit("customer", SUBJECT, "dpo@example.com", "GDPR art. 17(1)(a)");
    UUID id = s.request().requestId();

    assertThat(s.execution().get(60, TimeUnit.SECONDS)).isEqualTo(RequestStatus.COMPLETED);

    // the warehouse: the e-mail is gone, the retained values are intact; the other subject
    // untouched
    assertThat(
            rows(
                "select invoice_id || '|' || customer_id || '|' || amount || '|' || billing_address"
                    + " || '|' || coalesce(email, 'NULL') from billing.invoices order by 1"))
        .containsExactly(
            "1|cust-RTN-771|19.90|Hauptstr. 1, Berlin|NULL",
            "2|cust-RTN-771|5.00|Hauptstr. 1, Berlin|NULL",
            "3|cust-OTHER-3|7.00|Ring 2, Bonn|other@example.com");
    assertThat(rows("select entry_id || '|' || customer_id || '|' || amount from billing.ledger"))
        .hasSize(4)
        .contains("3|cust-RTN-771|-5.00");

    Map<String, DatasetState> st = new java.util.HashMap<>();
    runtime.store().datasets(id).forEach(d -> st.put(d.dataset().table(), d));
    DatasetState invoices = st.get("billing.invoices");
    assertThat(invoices.status()).isEqualTo(DatasetStatus.VERIFIED);
    assertThat(invoices.dataset().columns()).isEqualTo(Map.of("email", NULLIFY));
    assertThat(invoices.dataset().retained())
        .containsOnly(
            Map.entry("customer_id", TAX),
            Map.entry("amount", TAX),
            Map.entry("billing_address", VAT));
    assertThat(invoices.rowsMatched()).isEqualTo(2);
    assertThat(invoices.rowsAffected()).isEqualTo(2);
    assertThat(invoices.rowsRemaining()).isZero();
    assertThat(invoices.note())
        .isEqualTo(
            "retained: amount, customer_id ("
                + TAX
                + "); billing_address ("
                + VAT
                + "); 2 row(s) of the subject remain");

    DatasetState ledger = st.get("billing.ledger");
    assertThat(ledger.dataset().retainOnly()).isTrue();
    assertThat(ledger.status()).isEqualTo(DatasetStatus.VERIFIED);
    assertThat(ledger.attempts()).as("no statement failed on the refusing trigger").isEqualTo(1);
    assertThat(ledger.rowsMatched()).as("the subject's rows that remain").isEqualTo(3);
    assertThat(ledger.rowsAffected()).isZero();
    assertThat(ledger.rowsRemaining()).isZero();
    assertThat(ledger.error()).isNull();
    assertThat(ledger.note())
        .isEqualTo("retained: amount (" + TAX + "); 3 row(s) of the subject remain");

    // the audit: the chain verifies; each dataset's event names what was kept and why
    assertThat(runtime.audit().verify().valid()).isTrue();
    List<AuditEvent> events = runtime.audit().forRequest(id);
    assertThat(events)
        .filteredOn(e -> e.eventType().equals("dataset_executed"))
        .extracting(
            e -> e.detail().get("dataset"),
            e -> e.detail().get("retained"),
            e -> e.detail().get("statement"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "wh:billing.invoices",
                Map.of("customer_id", TAX, "amount", TAX, "billing_address", VAT),
                "update"),
            org.assertj.core.groups.Tuple.tuple(
                "wh:billing.ledger", Map.of("amount", TAX), "none"));
    assertThat(events)
        .filteredOn(e -> e.eventType().equals("plan_made"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail().toString()).contains(TAX, VAT));
    String audit = events.toString();
    assertThat(audit).doesNotContain("RTN-771", "rtn@example.com", "Hauptstr");

    // the sweep does not report the retained rows as the subject coming back
    SweepReport sweep = runtime.sweep().run("test");
    assertThat(sweep.findings()).noneMatch(f -> f.requestId().equals(id));
    assertThat(sweep.datasetsChecked())
        .as("the ledger kept everything: nothing to re-check")
        .isEqualTo(1);
  }

  private static List<String> rows(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }
}
