package org.pactum.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Generates {@link CheckSuiteBench}'s 12-column orders data of {@code rows} rows, the same values
 * on both databases: a PostgreSQL table filled in chunks of a million rows, and a Parquet file
 * written by DuckDB.
 */
final class OrdersGenerator {
  private OrdersGenerator() {}

  /** Creates and fills {@code public.orders} on PostgreSQL, then analyzes it. */
  static void postgres(Statement s, long rows) throws SQLException {
    s.execute(
        "create table public.orders ("
            + "id bigint not null, customer_id text not null, email text, status text not null,"
            + " currency text not null, amount numeric(12,2) not null, quantity integer not null,"
            + " discount double precision, coupon_code text, sku text not null,"
            + " placed_at timestamptz not null, loaded_at timestamptz not null)");
    long chunk = 1_000_000;
    long t0 = System.nanoTime();
    for (long from = 1; from <= rows; from += chunk) {
      long to = Math.min(rows, from + chunk - 1);
      s.execute(
          "insert into public.orders select"
              + " i,"
              + " 'C' || ((i * 7919) % 500000),"
              + " case when i % 10 = 0 then null else 'user' || i || '@example.com' end,"
              + " (array['PLACED','PAID','SHIPPED','CANCELLED'])[1 + (i % 4)::int],"
              + " (array['EUR','USD','GBP','CHF'])[1 + ((i / 3) % 4)::int],"
              + " (((i * 37) % 100000) / 100.0)::numeric(12,2),"
              + " (1 + i % 20)::int,"
              + " case when i % 5 = 0 then null else (i % 50) / 100.0 end,"
              + " case when i % 4 = 0 then 'CP' || (i % 1000) else null end,"
              + " 'SKU-' || lpad((i % 1000000)::text, 6, '0'),"
              + " timestamptz '2024-01-01 00:00:00+00' + (i % 60000000) * interval '1 second',"
              + " now() - (i % 3600) * interval '1 second'"
              + " from generate_series("
              + from
              + "::bigint, "
              + to
              + "::bigint) as g(i)");
      Progress.print("  generated %,d / %,d rows (%.1f s)", to, rows, Seconds.since(t0));
    }
    s.execute("analyze public.orders");
    try (ResultSet rs =
        s.executeQuery(
            "select pg_size_pretty(pg_total_relation_size('public.orders')),"
                + " (select relpages from pg_class where oid = 'public.orders'::regclass)")) {
      rs.next();
      Progress.print(
          "  table public.orders: %s, %,d pages (%.1f s with analyze)",
          rs.getString(1), rs.getLong(2), Seconds.since(t0));
    }
  }

  /** Writes the orders to {@code parquet} with DuckDB. */
  static void parquet(Statement s, long rows, Path parquet) throws SQLException {
    s.execute(
        "copy (select"
            + " i as id,"
            + " 'C' || ((i * 7919) % 500000) as customer_id,"
            + " case when i % 10 = 0 then null else 'user' || i || '@example.com' end as email,"
            + " (['PLACED','PAID','SHIPPED','CANCELLED'])[1 + (i % 4)] as status,"
            + " (['EUR','USD','GBP','CHF'])[1 + ((i // 3) % 4)] as currency,"
            + " (((i * 37) % 100000) / 100.0)::decimal(12,2) as amount,"
            + " (1 + i % 20)::integer as quantity,"
            + " case when i % 5 = 0 then null else (i % 50) / 100.0 end::double as discount,"
            + " case when i % 4 = 0 then 'CP' || (i % 1000) else null end as coupon_code,"
            + " 'SKU-' || lpad((i % 1000000)::varchar, 6, '0') as sku,"
            + " timestamptz '2024-01-01 00:00:00+00' + to_seconds(i % 60000000) as placed_at,"
            + " now() - to_seconds(i % 3600) as loaded_at"
            + " from range(1, "
            + (rows + 1)
            + ") t(i)) to '"
            + parquet
            + "' (format parquet)");
  }
}
