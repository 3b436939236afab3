package org.pactum.bench.erasure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.pactum.bench.Progress;
import org.pactum.bench.Seconds;

/**
 * Generates {@link ErasureBench}'s warehouse: {@code --datasets} tables {@code wh.tNN} of {@code
 * --rows} rows, the first {@code subjects × --subject-rows} rows owned by {@code subject-0}, {@code
 * subject-1}, … ({@code --subject-rows} each), the rest by other customers; an index on the key
 * unless {@code --no-index}; each table analysed.
 */
final class WarehouseGenerator {
  private WarehouseGenerator() {}

  static void generate(DataSource pool, ErasureBenchOptions o) throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create schema wh");
      for (int t = 0; t < o.datasets(); t++) {
        s.execute(
            ("create table wh.t%02d (id bigint primary key, customer_id text not null, email text,"
                    + " name text, note text, amount numeric(12,2))")
                .formatted(t));
        s.execute(
            ("insert into wh.t%02d select i,"
                    + " case when i <= %d then 'subject-' || ((i - 1) / %d)"
                    + " else 'c' || ((i * 7919) %% 500000) end,"
                    + " 'user' || i || '@example.com', 'Name ' || i, 'note ' || i,"
                    + " ((i * 37) %% 100000) / 100.0"
                    + " from generate_series(1::bigint, %d) i")
                .formatted(t, (long) o.subjects() * o.subjectRows(), o.subjectRows(), o.rows()));
        if (o.index()) {
          s.execute("create index on wh.t%02d (customer_id)".formatted(t));
        }
        s.execute("analyze wh.t%02d".formatted(t));
      }
    }
    Progress.print("generated %,d rows in %.1f s", o.rows() * o.datasets(), Seconds.since(t0));
  }
}
