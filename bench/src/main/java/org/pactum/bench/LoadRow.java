package org.pactum.bench;

/**
 * One phase of {@link RegistryLoadBench}: requests and errors, latency percentiles, the cores the
 * server and the client JVM kept busy on average, and the machine's load average at its end.
 */
record LoadRow(
    String name,
    long requests,
    long errors,
    double seconds,
    double p50Millis,
    double p99Millis,
    double maxMillis,
    double serverCores,
    double clientCores,
    String load) {
  double perSecond() {
    return (requests - errors) / seconds;
  }
}
