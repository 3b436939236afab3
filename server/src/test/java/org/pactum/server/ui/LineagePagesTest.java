package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.core.LineageSettings;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.sql.ContractSchemaCatalog;
import org.pactum.lineage.sql.SqlLineageAnalyzer;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The lineage page's model over a real graph: SQL lineage recorded over the example contracts. */
@ExtendWith(PostgresExtension.class)
class LineagePagesTest {
  private static LineagePages pages;

  @BeforeAll
  static void setUp(TestDatabase db) throws Exception {
    db.execute("truncate lineage.dataset restart identity cascade");
    List<LoadedContract> contracts =
        new ContractLoader().loadAll(List.of(Path.of("../contracts/examples"))).contracts();
    LineageService service =
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
        select p.payer_email as contact, sha256(p.customer_id) as who
        from payments.payment p where p.status = 'CAPTURED'
        """,
        null,
        "r2");
    pages =
        new LineagePages(
            service, new ContractSchemaCatalog(() -> contracts, new ContractDatasets("public")));
  }

  private static DatasetRef ref(String name) {
    return new DatasetRef("warehouse", name);
  }

  private static LineageView.Column column(LineageView view, String name) {
    return view.getColumns().stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + name + " in " + view.getColumns()));
  }

  private static List<String> ends(List<LineageView.ColumnLink> links) {
    return links.stream()
        .map(
            l ->
                l.dataset() + "." + l.column() + " " + l.subtype() + (l.masking() ? " masked" : ""))
        .toList();
  }

  @Test
  void aContractDatasetShowsItsNeighboursAndEachColumnsDirectEdges() {
    LineageView v = pages.view(ref("payments.payment"), "payments.payment").orElseThrow();
    assertThat(v.getContractId()).isEqualTo("payments.payment");
    assertThat(v.getUpstream())
        .containsExactly(new LineageView.Neighbour("warehouse", "crm.customers", 1));
    assertThat(v.getDownstream())
        .containsExactly(new LineageView.Neighbour("warehouse", "marketing.audience", 1));
    assertThat(ends(column(v, "payer_email").upstream()))
        .containsExactly("crm.customers.email TRANSFORMATION");
    assertThat(ends(column(v, "payer_email").downstream()))
        .containsExactly("marketing.audience.contact IDENTITY");
    assertThat(ends(column(v, "customer_id").upstream()))
        .containsExactly("crm.customers.customer_id IDENTITY");
    assertThat(ends(column(v, "customer_id").downstream()))
        .containsExactly("marketing.audience.who TRANSFORMATION masked");
    assertThat(ends(column(v, "status").downstream()))
        .containsExactly("marketing.audience.contact FILTER", "marketing.audience.who FILTER");
    // a schema column no edge touches is still listed
    assertThat(column(v, "payment_id").upstream()).isEmpty();
    assertThat(column(v, "payment_id").downstream()).isEmpty();
  }

  @Test
  void aDatasetNoContractDescribesGetsItsColumnsFromItsNeighboursEdges() {
    LineageView v = pages.view(ref("marketing.audience"), null).orElseThrow();
    assertThat(v.getContractId()).isEmpty();
    assertThat(v.getUpstream())
        .extracting(LineageView.Neighbour::name, LineageView.Neighbour::distance)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("payments.payment", 1),
            org.assertj.core.groups.Tuple.tuple("crm.customers", 2));
    assertThat(v.getDownstream()).isEmpty();
    assertThat(v.getColumns())
        .extracting(LineageView.Column::name)
        .containsExactly("contact", "who");
    assertThat(ends(column(v, "contact").upstream()))
        .containsExactly("payments.payment.payer_email IDENTITY", "payments.payment.status FILTER");
  }

  @Test
  void aDatasetTheGraphLacksHasNoPage() {
    assertThat(pages.view(ref("no.such_table"), null)).isEmpty();
    assertThat(pages.has(ref("no.such_table"))).isFalse();
    assertThat(pages.has(ref("crm.customers"))).isTrue();
  }
}
