package org.pactum.bench.alerts;

/** {@link AlertBurstBench}'s command-line options (each {@code --name value}). */
record AlertBurstOptions(int contracts, int checks, int teams, int threads, long slackIntervalMs) {
  static AlertBurstOptions parse(String[] args) {
    int contracts = 100;
    int checks = 10;
    int teams = 10;
    int threads = 4;
    long interval = 1000;
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--contracts" -> contracts = Integer.parseInt(v);
        case "--checks" -> checks = Integer.parseInt(v);
        case "--teams" -> teams = Integer.parseInt(v);
        case "--threads" -> threads = Integer.parseInt(v);
        case "--slack-interval-ms" -> interval = Long.parseLong(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      i++;
    }
    return new AlertBurstOptions(contracts, checks, teams, threads, interval);
  }
}
