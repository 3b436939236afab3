package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pactum.contracts.model.ErasureAction.DELETE_ROW;
import static org.pactum.contracts.model.ErasureAction.HASH;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.contracts.model.ErasureAction.REDACT;
import static org.pactum.lineage.erasure.Contracts.contract;
import static org.pactum.lineage.erasure.Contracts.pii;
import static org.pactum.lineage.erasure.Contracts.retain;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.core.PlannedDataset.Source;

class ErasurePlannerTest {
  private static final List<DataContract> CONTRACTS =
      List.of(
          contract(
              "crm.customers",
              "wh",
              "crm.customers",
              pii("customer", "customer_id", "customer_id", DELETE_ROW, "email", NULLIFY)),
          contract(
              "orders",
              "wh",
              "public.orders",
              pii("customer", "customer_id", "email", NULLIFY, "name", HASH, "note", REDACT)),
          contract("employees", "wh", "hr.staff", pii("employee", "staff_id", "x", NULLIFY)),
          contract("no.dataset", null, null, pii("customer", "customer_id", "email", NULLIFY)),
          contract("no.key", "wh", "t", pii("customer", " ", "email", NULLIFY)),
          contract(
              "nested",
              "wh",
              "n",
              pii("customer", "id", "address.street", NULLIFY, "bad..name", NULLIFY)),
          contract("bad.table", "wh", "a;drop table x", pii("customer", "id", "e", NULLIFY)),
          contract("marts.audience", "wh", "marts.audience", null));

  @Test
  void contractsOfTheSubjectTypeGiveDatasetsAndTheRestGaps() {
    ErasurePlan plan = new ErasurePlanner(() -> CONTRACTS, PiiLineage.NONE).plan("customer");

    assertThat(plan.datasets())
        .containsExactly(
            new PlannedDataset(
                "crm.customers",
                Source.CONTRACT,
                "wh",
                "crm.customers",
                "customer_id",
                Mode.DELETE,
                Map.of("customer_id", DELETE_ROW, "email", NULLIFY)),
            new PlannedDataset(
                "orders",
                Source.CONTRACT,
                "wh",
                "public.orders",
                "customer_id",
                Mode.UPDATE,
                Map.of("email", NULLIFY, "name", HASH, "note", REDACT)));
    assertThat(plan.gaps())
        .extracting(PlanGap::contractId, PlanGap::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("no.dataset", "the contract declares no dataset"),
            org.assertj.core.groups.Tuple.tuple("no.key", "the contract's pii section has no key"),
            org.assertj.core.groups.Tuple.tuple(
                "nested", "PII field 'bad..name' is not a valid column name or dotted jsonb path"),
            org.assertj.core.groups.Tuple.tuple(
                "bad.table",
                "the table name is not a valid table reference (table, schema.table or"
                    + " catalog.schema.table; each part plain or double-quoted)"));
  }

  @Test
  void everyNameTheCheckEngineAcceptsIsPlanned() {
    // quoted table parts, a three-part name, columns with spaces and hyphens: the check engine
    // checks these tables, so erasure plans them (it refused all three before the shared rules)
    List<DataContract> contracts =
        List.of(
            contract(
                "odd",
                "wh",
                "\"My Schema\".\"Order \"\"items\"\"\"",
                pii("customer", "Customer Id", "bad-name", NULLIFY, "doc.it's", REDACT)),
            contract("three", "wh", "warehouse.public.t", pii("customer", "id", "e", NULLIFY)));
    ErasurePlan plan = new ErasurePlanner(() -> contracts, PiiLineage.NONE).plan("customer");

    assertThat(plan.gaps()).isEmpty();
    assertThat(plan.datasets())
        .extracting(PlannedDataset::table, PlannedDataset::keyColumn)
        .containsExactly(
            tuple("\"My Schema\".\"Order \"\"items\"\"\"", "Customer Id"),
            tuple("warehouse.public.t", "id"));
  }

  @Test
  void aDottedKeyColumnIsAGap() {
    // a dot in a PII name separates jsonb keys: a key column must be a column by itself
    List<DataContract> contracts =
        List.of(contract("k", "wh", "t", pii("customer", "doc.id", "e", NULLIFY)));
    assertThat(new ErasurePlanner(() -> contracts, PiiLineage.NONE).plan("customer").gaps())
        .extracting(PlanGap::reason)
        .containsExactly("the key column is not a valid column name");
  }

  @Test
  void aColumnDerivedFromTheKeyColumnBecomesTheKeyEvenWhenTheGraphDoesNotSaySo() {
    // the lineage graph knows columns, not which one is a contract's key: the planner does
    PiiLineage lineage =
        (ds, table, column) ->
            switch (table + "." + column) {
              case "public.orders.email" ->
                  List.of(new DerivedColumn("wh", "marts.audience", "email", false));
              case "public.orders.customer_id" ->
                  List.of(new DerivedColumn("wh", "marts.audience", "cust", false));
              default -> List.of();
            };
    ErasurePlan plan = new ErasurePlanner(() -> CONTRACTS, lineage).plan("customer");

    assertThat(plan.datasets())
        .filteredOn(d -> d.table().equals("marts.audience"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.keyColumn()).isEqualTo("cust");
              assertThat(d.columns()).isEqualTo(Map.of("email", NULLIFY));
            });
  }

  @Test
  void lineageWidensThePlanAndUncontractedCopiesAreGaps() {
    PiiLineage lineage =
        (ds, table, column) ->
            switch (table + "." + column) {
              case "public.orders.email" ->
                  List.of(
                      new DerivedColumn("wh", "public.orders", "email_copy", false),
                      new DerivedColumn("wh", "marts.audience", "email", false),
                      new DerivedColumn("lake", "raw.dump", "mail", false));
              case "public.orders.customer_id" ->
                  List.of(new DerivedColumn("wh", "marts.audience", "cust", true));
              default -> List.of();
            };
    ErasurePlan plan = new ErasurePlanner(() -> CONTRACTS, lineage).plan("customer");

    assertThat(plan.datasets()).hasSize(3);
    assertThat(plan.datasets().get(1).columns())
        .containsEntry("email_copy", NULLIFY)
        .containsEntry("name", HASH);
    assertThat(plan.datasets().get(2))
        .isEqualTo(
            new PlannedDataset(
                "marts.audience",
                Source.LINEAGE,
                "wh",
                "marts.audience",
                "cust",
                Mode.UPDATE,
                Map.of("email", NULLIFY)));
    assertThat(plan.gaps())
        .anySatisfy(
            g -> {
              assertThat(g.datasource()).isEqualTo("lake");
              assertThat(g.column()).isEqualTo("mail");
              assertThat(g.reason()).contains("no contract");
            });
  }

  @Test
  void anotherSubjectTypeIsNotPlanned() {
    ErasurePlan plan = new ErasurePlanner(() -> CONTRACTS, PiiLineage.NONE).plan("employee");
    assertThat(plan.datasets()).extracting(PlannedDataset::table).containsExactly("hr.staff");
    assertThat(plan.gaps()).isEmpty();
  }

  private static final String TAX = "HGB §257 / AO §147: invoices are kept 10 years";

  private static final List<DataContract> RETAINING =
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
                  retain("UStG §14: the invoice names the buyer"),
                  "email",
                  NULLIFY)),
          contract(
              "billing.ledger",
              "wh",
              "billing.ledger",
              pii("customer", "customer_id", "amount", retain(TAX))),
          contract(
              "crm.conflict",
              "wh",
              "crm.conflict",
              pii("customer", "customer_id", "customer_id", DELETE_ROW, "amount", retain(TAX))),
          contract("marts.revenue", "wh", "marts.revenue", null),
          contract(
              "marts.archive",
              "wh",
              "marts.archive",
              pii("customer", "cust", "amount_copy", retain("a court order"))));

  @Test
  void retainedColumnsStayInThePlanWithTheirBasisAndAreNeverErased() {
    ErasurePlan plan = new ErasurePlanner(() -> RETAINING, PiiLineage.NONE).plan("customer");

    PlannedDataset invoices = plan.datasets().get(0);
    assertThat(invoices)
        .isEqualTo(
            new PlannedDataset(
                "billing.invoices",
                Source.CONTRACT,
                "wh",
                "billing.invoices",
                "customer_id",
                Mode.UPDATE,
                Map.of("email", NULLIFY),
                Map.of(
                    "customer_id",
                    TAX,
                    "amount",
                    TAX,
                    "billing_address",
                    "UStG §14: the invoice names the buyer")));
    assertThat(invoices.retainOnly()).isFalse();
    assertThat(invoices.retainedSummary())
        .isEqualTo(
            "retained: amount, customer_id ("
                + TAX
                + "); billing_address (UStG §14: the invoice names the buyer)");
  }

  @Test
  void aDatasetWhosePiiIsAllRetainedIsPlannedWithNothingToChange() {
    ErasurePlan plan = new ErasurePlanner(() -> RETAINING, PiiLineage.NONE).plan("customer");

    PlannedDataset ledger =
        plan.datasets().stream()
            .filter(d -> d.table().equals("billing.ledger"))
            .findFirst()
            .orElseThrow();
    assertThat(ledger.mode()).isEqualTo(Mode.UPDATE);
    assertThat(ledger.columns()).isEmpty();
    assertThat(ledger.retained()).containsExactly(Map.entry("amount", TAX));
    assertThat(ledger.retainOnly()).isTrue();
    assertThat(plan.gaps()).noneMatch(g -> "billing.ledger".equals(g.table()));
  }

  @Test
  void retainingAndDeletingTheRowIsAGapNotAGuess() {
    ErasurePlan plan = new ErasurePlanner(() -> RETAINING, PiiLineage.NONE).plan("customer");

    assertThat(plan.datasets()).noneMatch(d -> d.table().equals("crm.conflict"));
    assertThat(plan.gaps())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.contractId()).isEqualTo("crm.conflict");
              assertThat(g.reason())
                  .isEqualTo(
                      "the contract retains amount on a legal basis but deletes the subject's"
                          + " row, which would destroy them; fix the contract (lint"
                          + " pii-retain-with-delete-row)");
            });
  }

  @Test
  void copiesOfARetainedColumnAreStillNullifiedUnlessTheirOwnContractRetainsThem() {
    PiiLineage lineage =
        (ds, table, column) ->
            switch (table + "." + column) {
              case "billing.invoices.amount" ->
                  List.of(
                      new DerivedColumn("wh", "billing.invoices", "amount_text", false),
                      new DerivedColumn("wh", "marts.revenue", "amount", false),
                      new DerivedColumn("wh", "marts.archive", "amount_copy", false));
              case "billing.invoices.customer_id" ->
                  List.of(new DerivedColumn("wh", "marts.revenue", "customer_id", true));
              default -> List.of();
            };
    ErasurePlan plan = new ErasurePlanner(() -> RETAINING, lineage).plan("customer");

    assertThat(plan.datasets().get(0).columns())
        .as("a copy inside the retaining dataset")
        .containsEntry("amount_text", NULLIFY)
        .doesNotContainKey("amount");
    assertThat(plan.datasets())
        .filteredOn(d -> d.table().equals("marts.revenue"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo(Source.LINEAGE);
              assertThat(d.keyColumn()).isEqualTo("customer_id");
              assertThat(d.columns()).isEqualTo(Map.of("amount", NULLIFY));
              assertThat(d.retained()).isEmpty();
            });
    assertThat(plan.datasets())
        .filteredOn(d -> d.table().equals("marts.archive"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.columns()).isEmpty();
              assertThat(d.retained()).containsExactly(Map.entry("amount_copy", "a court order"));
            });
  }
}
