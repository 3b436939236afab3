package org.pactum.bench;

import java.util.List;

/**
 * {@link CheckSuiteBench}'s hand-written SQL over the orders table: (c) one statement per check,
 * and (d) the expert's plans (the fused aggregate and the ways to count the distinct values), in
 * the PostgreSQL and DuckDB dialects.
 */
final class OrdersStatements {
  static final String EMAIL_RE = "^[^@\\s]+@[^@\\s]+$";
  static final String SKU_RE = "^SKU-[0-9]{6}$";

  private OrdersStatements() {}

  /** (d1) on PostgreSQL: the parallel fused aggregate, then the distinct counts on their own. */
  static List<String> postgresExpert(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(distinct id), count(distinct customer_id) from " + t);
  }

  /**
   * (d) on PostgreSQL, the best of the expert's options: the fused aggregate; the near-unique
   * {@code id} by one sort ({@code count(distinct)}: a hash aggregate of 10M groups spills); the
   * 500k {@code customer_id} values by a parallel hash aggregate.
   */
  static List<String> postgresExpertBest(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(distinct id) from " + t,
        "select count(*) from (select customer_id from " + t + " group by customer_id) x");
  }

  /** (d2) on PostgreSQL: the fused aggregate, both distinct counts as parallel hash aggregates. */
  static List<String> postgresExpertGroupBy(String t) {
    return List.of(
        expertFused(t, false, false),
        "select count(*) from (select id from " + t + " group by id) x",
        "select count(*) from (select customer_id from " + t + " group by customer_id) x");
  }

  // ------------------------------------------------------------------------------------ the SQL

  /** (c): one statement per check, as someone would write them by hand. */
  static List<String> perCheckSql(String t, boolean duck) {
    String emailBad =
        duck ? "not regexp_matches(email, '" + EMAIL_RE + "')" : "email !~ '" + EMAIL_RE + "'";
    String skuBad = duck ? "not regexp_matches(sku, '" + SKU_RE + "')" : "sku !~ '" + SKU_RE + "'";
    return List.of(
        "select count(*) from " + t,
        "select count(*) from " + t + " where id is null",
        "select count(*) from " + t + " where customer_id is null",
        "select count(*) from " + t + " where amount is null",
        "select count(*) from " + t + " where placed_at is null",
        "select count(id) - count(distinct id) from " + t,
        "select count(*) from " + t + " where amount < 0 or amount > 100000",
        "select count(*) from " + t + " where quantity < 1 or quantity > 100",
        "select count(*) from " + t + " where placed_at < timestamptz '2015-01-01 00:00:00+00'",
        "select count(*) from "
            + t
            + " where status not in ('PLACED','PAID','SHIPPED','CANCELLED')",
        "select count(*) from " + t + " where currency not in ('EUR','USD','GBP','CHF')",
        "select count(*) from " + t + " where " + emailBad,
        "select count(*) from " + t + " where " + skuBad,
        "select avg(case when coupon_code is null then 1.0 else 0.0 end) from " + t,
        "select avg(case when discount is null then 1.0 else 0.0 end) from " + t,
        "select avg(amount) from " + t,
        "select min(amount) from " + t,
        "select max(amount) from " + t,
        "select stddev_samp(amount) from " + t,
        "select sum(amount) from " + t,
        "select avg(char_length(email)) from " + t,
        "select max(loaded_at) from " + t,
        "select count(distinct customer_id) from " + t,
        "select count(*) from " + t + " where placed_at > now()",
        "select avg(quantity) from " + t);
  }

  /** The expert's single fused aggregate (with the distinct counts only when {@code distinct}). */
  static String expertFused(String t, boolean duck, boolean distinct) {
    String emailBad =
        duck ? "not regexp_matches(email, '" + EMAIL_RE + "')" : "email !~ '" + EMAIL_RE + "'";
    String skuBad = duck ? "not regexp_matches(sku, '" + SKU_RE + "')" : "sku !~ '" + SKU_RE + "'";
    return "select count(*),"
        + " count(*) filter (where id is null),"
        + " count(*) filter (where customer_id is null),"
        + " count(*) filter (where amount is null),"
        + " count(*) filter (where placed_at is null),"
        + " count(id),"
        + (distinct ? " count(distinct id), count(distinct customer_id)," : "")
        + " count(*) filter (where amount < 0 or amount > 100000),"
        + " count(*) filter (where quantity < 1 or quantity > 100),"
        + " count(*) filter (where placed_at < timestamptz '2015-01-01 00:00:00+00'),"
        + " count(*) filter (where status not in ('PLACED','PAID','SHIPPED','CANCELLED')),"
        + " count(*) filter (where currency not in ('EUR','USD','GBP','CHF')),"
        + " count(*) filter (where "
        + emailBad
        + "),"
        + " count(*) filter (where "
        + skuBad
        + "),"
        + " count(*) filter (where coupon_code is null),"
        + " count(*) filter (where discount is null),"
        + " avg(amount), min(amount), max(amount), stddev_samp(amount), sum(amount),"
        + " avg(char_length(email)), max(loaded_at),"
        + " count(*) filter (where placed_at > now()), avg(quantity)"
        + " from "
        + t;
  }
}
