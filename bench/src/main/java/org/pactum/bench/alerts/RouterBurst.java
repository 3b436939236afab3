package org.pactum.bench.alerts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.pactum.alerts.AlertsContext;
import org.pactum.alerts.core.Signal;
import org.pactum.bench.Seconds;
import org.pactum.bench.alerts.LoopbackReceiver.Arrival;

/**
 * The router side of {@link AlertBurstBench}: one burst of failing checks through {@code
 * AlertRouter.accept} (4 run threads, like the check engine's), timed until the receiver has every
 * PagerDuty trigger and grouped Slack message and the outbox is empty.
 */
final class RouterBurst {
  private static final Pattern DEDUP = Pattern.compile("\"dedup_key\":\"pactum/([^/\"]+)/");
  private static final Pattern RUN = Pattern.compile("Check run burst-([^>|\"]+)>");

  private final AlertBurstOptions o;
  private final AlertsContext runtime;
  private final LoopbackReceiver receiver;

  RouterBurst(AlertBurstOptions o, AlertsContext runtime, LoopbackReceiver receiver) {
    this.o = o;
    this.runtime = runtime;
    this.receiver = receiver;
  }

  /**
   * {@code contracts} runs of {@code --checks} failing checks, contracts named {@code prefix.N}.
   */
  BurstResult burst(String prefix, int contracts) throws Exception {
    int checks = o.checks();
    Map<String, Long> submitted = new HashMap<>();
    ExecutorService runs = Executors.newFixedThreadPool(4); // like the check engine's run threads
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < contracts; c++) {
      String contract = prefix + "." + c;
      int team = c % o.teams();
      futures.add(
          runs.submit(
              () -> {
                List<Signal> signals = new ArrayList<>();
                for (int k = 0; k < checks; k++) {
                  signals.add(BurstSignals.signal(contract, "check_" + k, team));
                }
                synchronized (submitted) {
                  submitted.put(contract, System.nanoTime());
                }
                runtime.router().accept(signals);
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double ingest = Seconds.since(start);
    runs.shutdown();
    int expectedPd = contracts * checks;
    int expectedSlack = contracts;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    awaitArrivals(expectedPd, expectedSlack, deadline);
    Histogram pd = new Histogram(3);
    Histogram slack = new Histogram(3);
    long last = start;
    Map<String, long[]> span = new HashMap<>();
    for (Arrival a : receiver.arrivals()) {
      if (a.status() / 100 != 2) {
        continue;
      }
      last = Math.max(last, a.nanos());
      boolean isPd = a.path().equals("/v2/enqueue");
      Matcher m = (isPd ? DEDUP : RUN).matcher(a.body());
      if (!m.find()) {
        throw new IllegalStateException("cannot tell the contract of " + a.body());
      }
      Long sent = submitted.get(m.group(1));
      if (sent == null) {
        continue;
      }
      (isPd ? pd : slack).recordValue(Math.max(0, (a.nanos() - sent) / 1000));
      if (!isPd) {
        span.merge(
            a.path(),
            new long[] {a.nanos(), a.nanos(), 1},
            (x, y) -> new long[] {Math.min(x[0], y[0]), Math.max(x[1], y[1]), x[2] + y[2]});
      }
    }
    // the receiver has them all; the worker records each outcome right after its answer
    while (runtime.reads().pendingNotifications() != 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("notifications still pending in the outbox");
      }
      Thread.sleep(20);
    }
    return new BurstResult(
        expectedPd + expectedSlack, (last - start) / 1e9, pd, slack, ingest, span);
  }

  private void awaitArrivals(int expectedPd, int expectedSlack, long deadline)
      throws InterruptedException {
    while (true) {
      List<Arrival> a = receiver.arrivals();
      long pd = a.stream().filter(x -> x.path().equals("/v2/enqueue") && x.status() == 202).count();
      long slack =
          a.stream().filter(x -> x.path().startsWith("/slack/") && x.status() == 200).count();
      if (pd >= expectedPd && slack >= expectedSlack) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "not delivered in 10 minutes: " + pd + " pages, " + slack + " Slack");
      }
      Thread.sleep(20);
    }
  }
}
