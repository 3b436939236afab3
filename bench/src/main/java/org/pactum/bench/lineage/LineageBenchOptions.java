package org.pactum.bench.lineage;

/** {@link LineageGraphBench}'s command-line options (each {@code --name value}, integers). */
record LineageBenchOptions(
    int perLayer,
    int layers,
    int edges,
    int depth,
    int queries,
    int events,
    int jobs,
    int threads) {
  static LineageBenchOptions parse(String[] args) {
    int perLayer = 100;
    int layers = 50;
    int edges = 1_000_000;
    int depth = 10;
    int queries = 200;
    int events = 3000;
    int jobs = 500;
    int threads = 2;
    for (int i = 0; i < args.length; i += 2) {
      int v = Integer.parseInt(args[i + 1].replace("_", ""));
      switch (args[i]) {
        case "--datasets-per-layer" -> perLayer = v;
        case "--layers" -> layers = v;
        case "--edges" -> edges = v;
        case "--depth" -> depth = v;
        case "--queries" -> queries = v;
        case "--events" -> events = v;
        case "--jobs" -> jobs = v;
        case "--threads" -> threads = v;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    return new LineageBenchOptions(perLayer, layers, edges, depth, queries, events, jobs, threads);
  }
}
