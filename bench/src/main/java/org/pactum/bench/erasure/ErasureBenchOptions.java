package org.pactum.bench.erasure;

/** {@link ErasureBench}'s command-line options. */
record ErasureBenchOptions(
    long rows, int datasets, int subjectRows, int reps, int warmup, boolean index) {

  /** Subjects the rounds erase: two per round (one for each side), warm-up rounds included. */
  int subjects() {
    return 2 * (warmup + reps);
  }

  static ErasureBenchOptions parse(String[] args) {
    long rows = 1_000_000;
    int datasets = 10;
    int subjectRows = 1000;
    int reps = 5;
    int warmup = 1;
    boolean index = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rows" -> rows = Long.parseLong(args[++i].replace("_", ""));
        case "--datasets" -> datasets = Integer.parseInt(args[++i]);
        case "--subject-rows" -> subjectRows = Integer.parseInt(args[++i]);
        case "--reps" -> reps = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--no-index" -> index = false;
        default -> {
          System.err.println(
              "usage: ErasureBench [--rows 1000000] [--datasets 10] [--subject-rows 1000]"
                  + " [--reps 5] [--warmup 1] [--no-index]");
          System.exit(2);
        }
      }
    }
    return new ErasureBenchOptions(rows, datasets, subjectRows, reps, warmup, index);
  }
}
