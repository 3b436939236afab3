package org.pactum.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.Status;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.run.RunResult;

/**
 * Prints what {@link CheckSuiteBench} learns about the engine's plan: the first run's outcome and
 * {@code ScanPlan.describe()}, PostgreSQL's {@code EXPLAIN} of its statements (and of the
 * expert's), and each of its statements run bare once.
 */
final class EnginePlanPrinter {
  private EnginePlanPrinter() {}

  static void describe(RunResult r) {
    System.out.println(
        "-- first run: status "
            + r.status()
            + (r.run().error() == null ? "" : " " + r.run().error()));
    for (CheckOutcome o : r.results()) {
      if (o.status() != Status.PASS) {
        System.out.println("   " + o.checkName() + ": " + o.status() + " — " + o.message());
      }
    }
    System.out.println("-- ScanPlan.describe():");
    System.out.print(r.plan() == null ? "(no plan)\n" : r.plan().describe());
  }

  static void explain(DataSource ds, RunResult r) {
    if (r.plan() == null) {
      return;
    }
    for (PlannedQuery q : r.plan().statements()) {
      try (Connection c = ds.getConnection();
          PreparedStatement ps = c.prepareStatement("explain (costs off) " + q.sql())) {
        for (int i = 0; i < q.params().size(); i++) {
          ps.setObject(i + 1, q.params().get(i));
        }
        printPlan("engine " + q.kind(), ps);
      } catch (SQLException e) {
        System.out.println("-- EXPLAIN of engine " + q.kind() + " failed: " + e.getMessage());
      }
    }
  }

  static void explainSql(DataSource ds, String label, String sql) {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("explain (costs off) " + sql)) {
      printPlan(label, ps);
    } catch (SQLException e) {
      System.out.println("-- EXPLAIN of " + label + " failed: " + e.getMessage());
    }
  }

  private static void printPlan(String label, PreparedStatement ps) throws SQLException {
    System.out.println("-- EXPLAIN " + label + ":");
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        System.out.println("   " + rs.getString(1));
      }
    }
  }

  /** Runs each of the engine's statements once, bare, and prints its seconds. */
  static void runBare(DataSource ds, RunResult r) throws SQLException {
    if (r.plan() == null) {
      return;
    }
    System.out.println("-- the engine's own statements run bare, once (seconds):");
    for (PlannedQuery q : r.plan().statements()) {
      try (Connection conn = ds.getConnection();
          PreparedStatement ps = conn.prepareStatement(q.sql())) {
        for (int i = 0; i < q.params().size(); i++) {
          ps.setObject(i + 1, q.params().get(i));
        }
        long t0 = System.nanoTime();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
        System.out.printf(Locale.ROOT, "   %7.3f  %s%n", Seconds.since(t0), q.kind());
      }
    }
  }
}
