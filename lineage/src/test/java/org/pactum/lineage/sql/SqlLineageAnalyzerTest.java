package org.pactum.lineage.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.SqlLineageResult;
import org.pactum.lineage.core.SqlProblem;

/** One test per SQL construct, each with the exact expected edge set. */
class SqlLineageAnalyzerTest {
  private static final Map<String, List<String>> TABLES =
      Map.of(
          "public.orders", List.of("order_id", "customer_id", "amount", "status", "placed_at"),
          "crm.customers", List.of("customer_id", "email", "country", "first_name"),
          "public.order_copy", List.of("id", "total"));

  private final SqlLineageAnalyzer analyzer =
      new SqlLineageAnalyzer(
          t ->
              t.namespace().equals("wh")
                  ? Optional.ofNullable(TABLES.get(t.name()))
                  : Optional.empty(),
          "public");

  private SqlLineageResult analyze(String sql) {
    return analyzer.analyze(sql, "wh");
  }

  /** Edges as {@code table.col -> table.col SUBTYPE[ masked]}, namespaces dropped. */
  private static List<String> edges(SqlLineageResult r) {
    return r.edges().stream().map(SqlLineageAnalyzerTest::format).toList();
  }

  private static String format(ColumnEdge e) {
    return e.source().dataset().name()
        + "."
        + e.source().column()
        + " -> "
        + e.target().dataset().name()
        + "."
        + e.target().column()
        + " "
        + e.subtype()
        + (e.masking() ? " masked" : "");
  }

  @Test
  void insertSelectMapsColumnsByTheColumnList() {
    SqlLineageResult r =
        analyze("insert into order_copy (id, total) select order_id, amount * 2 from orders");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_copy.id IDENTITY",
            "public.orders.amount -> public.order_copy.total TRANSFORMATION");
    assertThat(r.problems()).isEmpty();
    assertThat(r.inputs()).extracting(d -> d.name()).containsExactly("public.orders");
    assertThat(r.outputs()).extracting(d -> d.name()).containsExactly("public.order_copy");
  }

  @Test
  void insertWithoutAColumnListUsesTheTargetSchema() {
    SqlLineageResult r =
        analyze("insert into order_copy select o.order_id, o.amount from orders o");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_copy.id IDENTITY",
            "public.orders.amount -> public.order_copy.total IDENTITY");
  }

  @Test
  void insertWithoutAColumnListIntoAnUnknownTableIsAProblemNotAGuess() {
    SqlLineageResult r = analyze("insert into mystery select order_id from orders");
    assertThat(r.edges()).isEmpty();
    assertThat(r.problems()).singleElement().asString().contains("no column list");
  }

  @Test
  void createTableAsWithAggregatesFilterGroupByAndOrderBy() {
    SqlLineageResult r =
        analyze(
            """
            create table daily_revenue as
            select cast(placed_at as date) as day, sum(amount) as revenue, count(order_id) as n
            from orders where status = 'PAID'
            group by cast(placed_at as date) order by day
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.placed_at -> public.daily_revenue.day TRANSFORMATION",
            "public.orders.amount -> public.daily_revenue.revenue AGGREGATION",
            "public.orders.order_id -> public.daily_revenue.n AGGREGATION masked",
            "public.orders.status -> public.daily_revenue.day FILTER",
            "public.orders.status -> public.daily_revenue.revenue FILTER",
            "public.orders.status -> public.daily_revenue.n FILTER",
            "public.orders.placed_at -> public.daily_revenue.day GROUP_BY",
            "public.orders.placed_at -> public.daily_revenue.revenue GROUP_BY",
            "public.orders.placed_at -> public.daily_revenue.n GROUP_BY",
            "public.orders.placed_at -> public.daily_revenue.day SORT",
            "public.orders.placed_at -> public.daily_revenue.revenue SORT",
            "public.orders.placed_at -> public.daily_revenue.n SORT");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void havingIsAFilterAndHashesMask() {
    SqlLineageResult r =
        analyze(
            """
            create table big_spenders as
            select md5(customer_id) as customer_hash from orders
            group by customer_id having sum(amount) > 1000
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.customer_id -> public.big_spenders.customer_hash TRANSFORMATION masked",
            "public.orders.customer_id -> public.big_spenders.customer_hash GROUP_BY",
            "public.orders.amount -> public.big_spenders.customer_hash FILTER");
  }

  @Test
  void createViewWithJoinAndAliases() {
    SqlLineageResult r =
        analyze(
            """
            create view order_emails as
            select o.order_id, c.email as customer_email
            from orders as o join crm.customers c on o.customer_id = c.customer_id
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_emails.order_id IDENTITY",
            "crm.customers.email -> public.order_emails.customer_email IDENTITY",
            "public.orders.customer_id -> public.order_emails.order_id JOIN",
            "crm.customers.customer_id -> public.order_emails.order_id JOIN",
            "public.orders.customer_id -> public.order_emails.customer_email JOIN",
            "crm.customers.customer_id -> public.order_emails.customer_email JOIN");
  }

  @Test
  void createViewWithAColumnListAndUsing() {
    SqlLineageResult r =
        analyze(
            "create view v (who, mail) as select customer_id, email"
                + " from orders join crm.customers using (customer_id)");
    // customer_id is in both tables: without USING's merge it is ambiguous, and reported so
    assertThat(r.problems()).singleElement().asString().contains("customer_id is ambiguous");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "crm.customers.email -> public.v.mail IDENTITY",
            "crm.customers.customer_id -> public.v.who JOIN",
            "public.orders.customer_id -> public.v.who JOIN",
            "crm.customers.customer_id -> public.v.mail JOIN",
            "public.orders.customer_id -> public.v.mail JOIN");
  }

  @Test
  void cteFlowsThroughWithItsFilter() {
    SqlLineageResult r =
        analyze(
            """
            with paid as (select order_id, amount as value from orders where status = 'PAID')
            insert into order_copy (id, total) select order_id, value from paid
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_copy.id IDENTITY",
            "public.orders.amount -> public.order_copy.total IDENTITY",
            "public.orders.status -> public.order_copy.id FILTER",
            "public.orders.status -> public.order_copy.total FILTER");
  }

  @Test
  void subqueriesInFromAndWhere() {
    SqlLineageResult r =
        analyze(
            """
            insert into order_copy (id, total)
            select x.id, x.amount + 1 from (select order_id as id, amount from orders) x
            where x.id in (select order_id from refunds)
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_copy.id IDENTITY",
            "public.orders.amount -> public.order_copy.total TRANSFORMATION",
            "public.orders.order_id -> public.order_copy.id FILTER",
            "public.orders.order_id -> public.order_copy.total FILTER",
            "public.refunds.order_id -> public.order_copy.id FILTER",
            "public.refunds.order_id -> public.order_copy.total FILTER");
    assertThat(r.inputs())
        .extracting(d -> d.name())
        .containsExactly("public.orders", "public.refunds");
  }

  @Test
  void unionMergesBranchesByPosition() {
    SqlLineageResult r =
        analyze(
            """
            create table ids as
            select order_id as id from orders where amount > 0
            union all
            select customer_id from crm.customers
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.ids.id IDENTITY",
            "crm.customers.customer_id -> public.ids.id IDENTITY",
            "public.orders.amount -> public.ids.id FILTER");
  }

  @Test
  void caseConditionsAreConditional() {
    SqlLineageResult r =
        analyze(
            "insert into order_copy (id) select case when amount > 100 then 'big'"
                + " else status end from orders");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.status -> public.order_copy.id TRANSFORMATION",
            "public.orders.amount -> public.order_copy.id CONDITIONAL");
  }

  @Test
  void windowFunctionsAggregateAndPartition() {
    SqlLineageResult r =
        analyze(
            """
            insert into order_copy (id, total)
            select order_id, sum(amount) over (partition by customer_id order by placed_at)
            from orders
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.orders.order_id -> public.order_copy.id IDENTITY",
            "public.orders.amount -> public.order_copy.total AGGREGATION",
            "public.orders.customer_id -> public.order_copy.total WINDOW",
            "public.orders.placed_at -> public.order_copy.total WINDOW");
  }

  @Test
  void updateSetFromWhere() {
    SqlLineageResult r =
        analyze(
            """
            update crm.customers c set email = md5(c.email), country = o.status
            from orders o where o.customer_id = c.customer_id and o.amount > 0
            """);
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "crm.customers.email -> crm.customers.email TRANSFORMATION masked",
            "public.orders.status -> crm.customers.country IDENTITY",
            "public.orders.customer_id -> crm.customers.email FILTER",
            "crm.customers.customer_id -> crm.customers.email FILTER",
            "public.orders.amount -> crm.customers.email FILTER",
            "public.orders.customer_id -> crm.customers.country FILTER",
            "crm.customers.customer_id -> crm.customers.country FILTER",
            "public.orders.amount -> crm.customers.country FILTER");
    assertThat(r.outputs()).extracting(d -> d.name()).containsExactly("crm.customers");
  }

  @Test
  void starExpandsThroughTheSchemaCatalog() {
    SqlLineageResult r = analyze("create table customers_copy as select * from crm.customers");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "crm.customers.customer_id -> public.customers_copy.customer_id IDENTITY",
            "crm.customers.email -> public.customers_copy.email IDENTITY",
            "crm.customers.country -> public.customers_copy.country IDENTITY",
            "crm.customers.first_name -> public.customers_copy.first_name IDENTITY");
  }

  @Test
  void starOverATableWithoutSchemaIsAProblem() {
    SqlLineageResult r = analyze("create table c2 as select * from unknown_table");
    assertThat(r.edges()).isEmpty();
    assertThat(r.problems())
        .extracting(SqlProblem::message)
        .anySatisfy(m -> assertThat(m).contains("cannot expand * for public.unknown_table"));
  }

  @Test
  void anUnqualifiedColumnBetweenTwoUnknownTablesIsReportedNotGuessed() {
    SqlLineageResult r = analyze("create table t as select a.x, y from a join b on a.id = b.id");
    assertThat(r.problems())
        .extracting(SqlProblem::message)
        .containsExactly(
            "column y could come from any of public.a, public.b (no schema known for them):"
                + " qualify it");
    assertThat(edges(r))
        .containsExactlyInAnyOrder(
            "public.a.x -> public.t.x IDENTITY",
            "public.a.id -> public.t.x JOIN",
            "public.b.id -> public.t.x JOIN",
            "public.a.id -> public.t.y JOIN",
            "public.b.id -> public.t.y JOIN");
  }

  @Test
  void aColumnMissingFromAKnownSchemaIsAProblem() {
    SqlLineageResult r = analyze("create table t as select o.nope from orders o");
    assertThat(r.problems())
        .extracting(SqlProblem::message)
        .containsExactly("column o.nope does not exist");
  }

  @Test
  void scriptsKeepStatementNumbersAndSkipOtherStatements() {
    SqlLineageResult r =
        analyze("delete from order_copy; insert into order_copy (id) select order_id from orders;");
    assertThat(r.problems())
        .containsExactly(new SqlProblem(1, "DELETE statement has no column lineage; skipped"));
    assertThat(edges(r)).containsExactly("public.orders.order_id -> public.order_copy.id IDENTITY");
  }

  @Test
  void sqlThatDoesNotParseIsRefusedNamingTheField() {
    assertThatThrownBy(() -> analyze("insert into where select"))
        .isInstanceOf(LineageException.class)
        .hasMessageStartingWith("sql does not parse");
  }
}
