package org.pactum.bench.alerts;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one side of {@link AlertBurstBench} measured: the messages delivered, the seconds until the
 * last arrived, the PagerDuty and Slack latencies (µs), the router's ingest seconds and, per Slack
 * webhook path, its first and last arrival (nanos) and message count.
 */
record BurstResult(
    int messages,
    double seconds,
    Histogram pagerDuty,
    Histogram slack,
    double ingestSeconds,
    Map<String, long[]> slackSpan) {}
