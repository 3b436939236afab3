package org.pactum.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.HdrHistogram.Histogram;

/**
 * {@link RegistryLoadBench}'s load loop: an action in a closed loop on {@code clients} threads,
 * each with its own keep-alive connection, for a number of seconds; latencies in an HdrHistogram,
 * CPU of the server and of this JVM, the machine's load average. Prints and returns one {@link
 * LoadRow}.
 */
final class ClosedLoopLoad {

  /** One client action: returns normally when the response was the expected one. */
  interface Action {
    void run(HttpConnection c, SplittableRandom rnd) throws IOException;
  }

  private final int clients;
  private final RegistryServer server;

  ClosedLoopLoad(int clients, RegistryServer server) {
    this.clients = clients;
    this.server = server;
  }

  /**
   * Runs {@code action} in a closed loop on {@code clients} threads, each with its own keep-alive
   * connection to {@code targetPort}, for {@code seconds}; latencies in microseconds.
   */
  LoadRow run(String name, int seconds, int targetPort, Action action) throws InterruptedException {
    return run(name, seconds, targetPort, null, action);
  }

  /**
   * As {@link #run(String, int, int, Action)}, every request sending {@code authorization} (null:
   * none) as its {@code Authorization} header.
   */
  LoadRow run(String name, int seconds, int targetPort, String authorization, Action action)
      throws InterruptedException {
    int n = clients;
    Histogram[] histograms = new Histogram[n];
    long[] errors = new long[n];
    String[] firstError = new String[1];
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[1];
    Thread[] threads = new Thread[n];
    for (int t = 0; t < n; t++) {
      int me = t;
      histograms[t] = new Histogram(60_000_000L, 3);
      threads[t] =
          new Thread(
              () -> {
                SplittableRandom rnd = new SplittableRandom(1234L + me);
                try (HttpConnection c =
                    new HttpConnection("127.0.0.1", targetPort, authorization)) {
                  try {
                    c.get("/schemas/types"); // connect before the clock starts
                  } catch (IOException e) {
                    c.close();
                  }
                  ready.countDown();
                  go.await();
                  long end = window[0];
                  for (long now = System.nanoTime(); now < end; ) {
                    try {
                      action.run(c, rnd);
                    } catch (IOException | RuntimeException e) {
                      errors[me]++;
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = e.toString();
                        }
                      }
                    }
                    long after = System.nanoTime();
                    histograms[me].recordValue(Math.min((after - now) / 1_000, 60_000_000L));
                    now = after;
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "client-" + t);
      threads[t].start();
    }
    ready.await();
    long serverCpu0 = server.cpuNanos();
    long clientCpu0 = clientCpuNanos();
    long start = System.nanoTime();
    window[0] = start + Duration.ofSeconds(seconds).toNanos();
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long elapsed = System.nanoTime() - start;
    long serverCpu = server.cpuNanos() - serverCpu0;
    long clientCpu = clientCpuNanos() - clientCpu0;
    Histogram all = new Histogram(60_000_000L, 3);
    long errorCount = 0;
    for (int t = 0; t < n; t++) {
      all.add(histograms[t]);
      errorCount += errors[t];
    }
    LoadRow row =
        new LoadRow(
            name,
            all.getTotalCount(),
            errorCount,
            elapsed / 1e9,
            all.getValueAtPercentile(50) / 1000.0,
            all.getValueAtPercentile(99) / 1000.0,
            all.getMaxValue() / 1000.0,
            serverCpu / (double) elapsed,
            clientCpu / (double) elapsed,
            loadAverage());
    Progress.print(
        "  %s: %,d requests, %,.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%s; load average %s",
        name,
        row.requests(),
        row.perSecond(),
        row.p50Millis(),
        row.p99Millis(),
        errorCount,
        firstError[0] == null ? "" : " (first: " + firstError[0] + ")",
        row.load());
    return row;
  }

  /** The machine's 1-minute load average: other work on the shared cores skews every figure. */
  private static String loadAverage() {
    return BenchMain.loadAverage();
  }

  private static long clientCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
