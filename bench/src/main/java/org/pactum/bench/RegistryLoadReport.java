package org.pactum.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link RegistryLoadBench}'s final table: every phase's {@link LoadRow}, the ratio of {@code GET
 * /schemas/ids/{id}} to the baseline per round and overall, the target's verdict and the notes.
 */
final class RegistryLoadReport {
  static final double TARGET_GET_PER_SECOND = 10_000;

  private final List<LoadRow> rows = new ArrayList<>();
  private final List<double[]> rounds = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** A phase, in the table's order. */
  void add(LoadRow row) {
    rows.add(row);
  }

  /** A measured round: the baseline's and {@code GET /schemas/ids/{id}}'s req/s. */
  void round(LoadRow base, LoadRow byId) {
    rounds.add(new double[] {base.perSecond(), byId.perSecond()});
  }

  /** A line printed under the table. */
  void note(String note) {
    notes.add(note);
  }

  /** Prints the table for a run with {@code clients} clients. */
  void print(int clients) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "%n== RegistryLoadBench, %s, %d CPUs, %d clients (raw HTTP/1.1 keep-alive, in this"
                + " JVM on the same cores) ==%n",
            LocalDate.now(),
            Runtime.getRuntime().availableProcessors(),
            clients));
    appendTable(s, rows);
    double baseSum = 0;
    double idSum = 0;
    StringBuilder perRound = new StringBuilder();
    for (int i = 0; i < rounds.size(); i++) {
      double[] r = rounds.get(i);
      baseSum += r[0];
      idSum += r[1];
      perRound.append(String.format(Locale.ROOT, "%s%.3f", i == 0 ? "" : ", ", r[1] / r[0]));
    }
    double base = baseSum / rounds.size();
    double byId = idSum / rounds.size();
    s.append(
        String.format(
            Locale.ROOT,
            "GET /schemas/ids/{id}: %,.0f req/s; baseline GET /schemas/types: %,.0f req/s;"
                + " ratio %.3f (per round: %s)%n",
            byId,
            base,
            byId / base,
            perRound));
    s.append(
        String.format(
            Locale.ROOT,
            "target ≥ %,.0f req/s for GET /schemas/ids/{id}: %s%n",
            TARGET_GET_PER_SECOND,
            byId >= TARGET_GET_PER_SECOND ? "MET" : "MISSED"));
    for (String note : notes) {
      s.append(note).append('\n');
    }
    System.out.print(s);
  }

  /** The table of phases: req/s, latencies, errors, CPU of the server and of the clients. */
  static void appendTable(StringBuilder s, List<LoadRow> rows) {
    s.append(
        String.format(
            Locale.ROOT,
            "%-34s %9s %9s %8s %8s %8s %6s %10s %10s %12s %6s%n",
            "phase",
            "requests",
            "req/s",
            "p50 ms",
            "p99 ms",
            "max ms",
            "errors",
            "server CPU",
            "client CPU",
            "srv CPU/req",
            "load"));
    for (LoadRow r : rows) {
      s.append(
          String.format(
              Locale.ROOT,
              "%-34s %,9d %,9.0f %8.2f %8.2f %8.2f %6d %9.2fc %9.2fc %9.0f µs %6s%n",
              r.name(),
              r.requests(),
              r.perSecond(),
              r.p50Millis(),
              r.p99Millis(),
              r.maxMillis(),
              r.errors(),
              r.serverCores(),
              r.clientCores(),
              r.serverCores() * r.seconds() * 1e6 / Math.max(1, r.requests()),
              r.load()));
    }
    s.append(
        "(server CPU includes the embedded PostgreSQL; c = cores busy on average; srv CPU/req ="
            + " server CPU time per request, the figure least affected by other load; load = the"
            + " machine's 1-minute load average at the end of the phase)\n\n");
  }
}
