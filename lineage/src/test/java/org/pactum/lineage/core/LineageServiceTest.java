package org.pactum.lineage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadedContract;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.sql.SqlLineageAnalyzer;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** PII propagation and impact analysis over SQL lineage, with the example contracts. */
@ExtendWith(PostgresExtension.class)
class LineageServiceTest {
  private static LineageService service;

  @BeforeAll
  static void setUp(TestDatabase db) throws Exception {
    List<LoadedContract> contracts =
        new ContractLoader().loadAll(List.of(Path.of("../contracts/examples"))).contracts();
    service =
        new LineageService(
            new JdbiLineageStore(Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin())),
            () -> contracts,
            SqlLineageAnalyzer.overContracts(
                () -> contracts, LineageSettings.DEFAULTS.defaultSchema()),
            LineageSettings.DEFAULTS,
            Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
    service.recordSql(
        "payments_load",
        "insert into payments.payment (customer_id, payer_email, method)"
            + " select c.customer_id, lower(c.email), 'card' from crm.customers c",
        null,
        "r1");
    service.recordSql(
        "audience",
        """
        create table marketing.audience as
        select p.payer_email as contact, sha256(p.customer_id) as who, count(*) as n
        from payments.payment p group by p.payer_email, p.customer_id
        """,
        null,
        "r2");
  }

  private static ColumnRef col(String table, String column) {
    return ColumnRef.of("warehouse", table, column);
  }

  @Test
  void derivedPiiFollowsDirectUnmaskedEdgesTransitively() {
    assertThat(service.derivedPii(List.of(col("crm.customers", "email"))))
        .containsExactly(
            col("marketing.audience", "contact"), col("payments.payment", "payer_email"));
    // customer_id reaches 'who' only through a hash: masked, so not PII
    assertThat(service.derivedPii(List.of(col("crm.customers", "customer_id"))))
        .containsExactly(col("payments.payment", "customer_id"));
  }

  @Test
  void findingsNameUntaggedPiiOnly() {
    List<PiiFinding> findings = service.piiFindings();
    // payments.payment.payer_email is tagged by its contract; customer_id there is not
    assertThat(findings)
        .extracting(f -> f.column().toString())
        .containsExactlyInAnyOrder(
            "warehouse:payments.payment.customer_id", "warehouse:marketing.audience.contact");
    PiiFinding payment =
        findings.stream()
            .filter(f -> f.column().column().equals("customer_id"))
            .findFirst()
            .orElseThrow();
    assertThat(payment.contractId()).isEqualTo("payments.payment");
    assertThat(payment.ownerTeam()).isNotBlank();
    assertThat(payment.fedBy()).containsExactly(col("crm.customers", "customer_id"));
  }

  @Test
  void impactNamesDownstreamColumnsDatasetsAndOwners() {
    ImpactReport r = service.impact("crm.customer", List.of("email", "phone"), 10, null);
    assertThat(r.dataset()).isEqualTo(new DatasetRef("warehouse", "crm.customers"));
    assertThat(r.notInGraph()).containsExactly("phone");
    assertThat(r.columns())
        .extracting(c -> c.column() + "@" + c.distance())
        .containsExactlyInAnyOrder(
            "warehouse:payments.payment.payer_email@1",
            "warehouse:marketing.audience.contact@2",
            "warehouse:marketing.audience.who@2",
            "warehouse:marketing.audience.n@2");
    assertThat(r.datasets())
        .extracting(d -> d.dataset().name() + "/" + d.contractId() + "/" + d.ownerTeam())
        .containsExactly(
            "payments.payment/payments.payment/payments", "marketing.audience/null/null");
    assertThatThrownBy(() -> service.impact("nope", List.of("a"), 3, null))
        .isInstanceOf(LineageException.class)
        .hasMessage("no contract nope");
  }
}
