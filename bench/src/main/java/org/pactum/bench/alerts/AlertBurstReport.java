package org.pactum.bench.alerts;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** {@link AlertBurstBench}'s summary: the router's burst against the baseline, and the ratios. */
final class AlertBurstReport {
  private AlertBurstReport() {}

  static void print(
      AlertBurstOptions o, BurstResult base, BurstResult r, LoopbackReceiver receiver) {
    int signals = o.contracts() * o.checks();
    double pdRate = r.pagerDuty().getTotalCount() / r.seconds();
    double baseRate = base.messages() / base.seconds();
    long maxPerHook = r.slackSpan().values().stream().mapToLong(x -> x[2]).max().orElse(0);
    double floor = (maxPerHook - 1) * o.slackIntervalMs() / 1000.0;
    double hookSpan =
        r.slackSpan().values().stream().mapToDouble(x -> (x[1] - x[0]) / 1e9).max().orElse(0);
    double ungrouped = ((double) signals / o.teams() - 1) * o.slackIntervalMs() / 1000.0;
    System.out.println();
    System.out.println("==== AlertBurstBench");
    System.out.printf(
        Locale.ROOT,
        "burst: %,d failing checks → %,d notifications (%,d PagerDuty triggers, %,d grouped Slack messages)%n",
        signals,
        r.messages(),
        r.pagerDuty().getTotalCount(),
        r.slack().getTotalCount());
    System.out.printf(
        Locale.ROOT,
        "ingest (accept → incidents + outbox committed): %.2f s, %,.0f signals/s%n",
        r.ingestSeconds(),
        signals / r.ingestSeconds());
    System.out.printf(
        Locale.ROOT,
        "signals → all delivered: %.2f s, %,.0f signals/s%n",
        r.seconds(),
        signals / r.seconds());
    System.out.printf(
        Locale.ROOT,
        "PagerDuty latency (signal accepted → received): p50 %.1f ms, p99 %.1f ms, max %.1f ms; %,.0f/s%n",
        ms(r.pagerDuty(), 50),
        ms(r.pagerDuty(), 99),
        r.pagerDuty().getMaxValue() / 1000.0,
        pdRate);
    System.out.printf(
        Locale.ROOT,
        "Slack latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms; busiest webhook %d messages over %.2f s (rate-limit floor %.2f s)%n",
        ms(r.slack(), 50),
        ms(r.slack(), 99),
        r.slack().getMaxValue() / 1000.0,
        maxPerHook,
        hookSpan,
        floor);
    System.out.printf(
        Locale.ROOT,
        "baseline (same run): %,d bodies POSTed straight by %d threads: %.2f s, %,.0f/s, p50 %.2f ms, p99 %.2f ms%n",
        base.messages(),
        o.threads(),
        base.seconds(),
        baseRate,
        ms(base.pagerDuty(), 50),
        ms(base.pagerDuty(), 99));
    System.out.printf(
        Locale.ROOT,
        "ratios: PagerDuty delivery throughput / baseline = %.2f; busiest Slack webhook span / rate-limit floor = %.2f%n",
        pdRate / baseRate,
        floor == 0 ? 0 : hookSpan / floor);
    System.out.printf(
        Locale.ROOT,
        "rate limits: %d Slack 429s (messages closer than %d ms on one webhook); without grouping the"
            + " busiest webhook would need ≥ %.0f s for its %,d messages%n",
        receiver.rateLimited(),
        o.slackIntervalMs() - 100,
        ungrouped,
        signals / o.teams());
    System.out.printf(Locale.ROOT, "load average after: %.2f%n", load());
  }

  /** The system load average over the last minute. */
  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** A latency histogram's (µs) percentile in milliseconds. */
  private static double ms(Histogram h, double pct) {
    return h.getValueAtPercentile(pct) / 1000.0;
  }
}
