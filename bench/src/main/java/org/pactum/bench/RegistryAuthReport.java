package org.pactum.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@link RegistryAuthBench}'s final text: the table of phases, then each way of sending the token
 * as its throughput ratio against authentication off ({@link AuthCost}), per round, and the
 * target's verdict.
 */
final class RegistryAuthReport {
  private RegistryAuthReport() {}

  static String text(int clients, int schemas, List<LoadRow> rows, List<AuthCost> costs) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%n== RegistryAuthBench, %s, %d CPUs, %d clients, GET /schemas/ids/{id} over %d ids"
                + " ==%n",
            LocalDate.now(),
            Runtime.getRuntime().availableProcessors(),
            clients,
            schemas));
    RegistryLoadReport.appendTable(s, rows);
    for (AuthCost cost : costs) {
      StringBuilder perRound = new StringBuilder();
      for (double r : cost.perRound()) {
        perRound.append(perRound.isEmpty() ? "" : ", ").append(format(r));
      }
      s.append(
          String.format(
              Locale.ROOT,
              "auth on (%s) / off: %,.0f / %,.0f req/s = %s (per round: %s); target ≥ %.2f: %s%n",
              cost.name(),
              AuthCost.mean(cost.onPerSecond()),
              AuthCost.mean(cost.offPerSecond()),
              format(cost.ratio()),
              perRound,
              AuthCost.TARGET,
              cost.met() ? "MET" : "MISSED"));
    }
    return s.toString();
  }

  private static String format(double ratio) {
    return String.format(Locale.ROOT, "%.3f", ratio);
  }
}
