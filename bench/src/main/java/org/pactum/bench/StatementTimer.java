package org.pactum.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Times hand-written statement lists (reading every row) and keeps each statement's own times, to
 * print their medians once a database's rounds are done.
 */
final class StatementTimer {
  private final Map<String, List<Double>> perStatement = new LinkedHashMap<>();

  /** Runs the statements one after the other on one connection, reading every row. */
  double time(DataSource ds, List<String> statements) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      for (String sql : statements) {
        long t1 = System.nanoTime();
        try (ResultSet rs = s.executeQuery(sql)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              rs.getObject(i);
            }
          }
        }
        perStatement.computeIfAbsent(sql, k -> new ArrayList<>()).add(Seconds.since(t1));
      }
      return Seconds.since(t0);
    }
  }

  /** Prints the median seconds of every statement timed so far, then forgets them. */
  void printMediansAndClear() {
    System.out.println(
        "-- median seconds per statement of (b), (c), (d) (all rounds incl. warm-up):");
    perStatement.forEach(
        (sql, xs) ->
            System.out.printf(
                Locale.ROOT,
                "   %7.3f  %s%n",
                Percentiles.median(xs),
                sql.length() > 110 ? sql.substring(0, 110) + "…" : sql));
    perStatement.clear();
  }
}
