package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.model.ErasureAction.DELETE_ROW;
import static org.pactum.contracts.model.ErasureAction.HASH;
import static org.pactum.contracts.model.ErasureAction.NULLIFY;
import static org.pactum.contracts.model.ErasureAction.REDACT;
import static org.pactum.lineage.erasure.Contracts.contract;
import static org.pactum.lineage.erasure.Contracts.pii;

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
              pii("customer", "id", "address.street", NULLIFY, "bad-name", NULLIFY)),
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
                "nested", "PII field 'bad-name' is not a plain column name or dotted jsonb path"),
            org.assertj.core.groups.Tuple.tuple(
                "bad.table", "the table name is not a plain SQL identifier (schema.table)"));
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
}
