package org.pactum.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link CheckSuiteBench}'s command-line options. */
final class CheckSuiteOptions {
  long rows = 10_000_000;
  int reps = 3;
  int warmup = 1;
  List<String> dbs = List.of("pg", "duckdb");
  boolean keep;

  /** Also time the expert's other plans for the distinct counts (d1, d2; PostgreSQL). */
  boolean extras;

  Map<String, String> pgSettings = new LinkedHashMap<>();

  static CheckSuiteOptions parse(String[] args) {
    CheckSuiteOptions o = new CheckSuiteOptions();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> o.rows = Long.parseLong(args[++i].replace("_", ""));
        case "--reps" -> o.reps = Integer.parseInt(args[++i]);
        case "--warmup" -> o.warmup = Integer.parseInt(args[++i]);
        case "--db" -> o.dbs = List.of(args[++i].split(","));
        case "--keep" -> o.keep = true;
        case "--extras" -> o.extras = true;
        case "--pg" -> {
          String[] kv = args[++i].split("=", 2);
          o.pgSettings.put(kv[0], kv[1]);
        }
        default -> {
          System.err.println(
              "usage: CheckSuiteBench [--rows 10000000] [--reps 3] [--warmup 1]"
                  + " [--db pg,duckdb] [--pg setting=value]… [--extras] [--keep]");
          System.exit(2);
        }
      }
    }
    return o;
  }
}
