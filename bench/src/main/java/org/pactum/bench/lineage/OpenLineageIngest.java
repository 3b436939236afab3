package org.pactum.bench.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.pactum.bench.Progress;
import org.pactum.lineage.db.JdbiLineageStore;
import org.pactum.lineage.openlineage.OpenLineageEventParser;

/**
 * {@link LineageGraphBench}'s ingestion phase: OpenLineage RunEvents with a 50-column {@code
 * columnLineage} facet, parsed, validated and stored on {@code --threads} threads, in events/s
 * against the same events only parsed as JSON.
 */
final class OpenLineageIngest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private OpenLineageIngest() {}

  /** Run {@code run} of job {@code job} as a RunEvent's JSON: 50 output fields, 2 inputs each. */
  static String event(int job, int run) {
    StringBuilder fields = new StringBuilder();
    StringBuilder schema = new StringBuilder();
    for (int c = 0; c < 50; c++) {
      if (c > 0) {
        fields.append(',');
        schema.append(',');
      }
      schema.append("{\"name\":\"in").append(c).append("\",\"type\":\"text\"}");
      fields
          .append("\"out")
          .append(c)
          .append("\":{\"inputFields\":[")
          .append("{\"namespace\":\"bench\",\"name\":\"src.t")
          .append(job)
          .append("\",\"field\":\"in")
          .append(c)
          .append(
              "\",\"transformations\":[{\"type\":\"DIRECT\",\"subtype\":\"TRANSFORMATION\",\"masking\":false}]},")
          .append("{\"namespace\":\"bench\",\"name\":\"src.t")
          .append(job)
          .append("\",\"field\":\"in")
          .append((c + 1) % 50)
          .append("\",\"transformations\":[{\"type\":\"INDIRECT\",\"subtype\":\"FILTER\"}]}]}");
    }
    return "{\"eventType\":\"COMPLETE\",\"eventTime\":\"2026-01-01T00:00:00."
        + String.format(Locale.ROOT, "%03d", run % 1000)
        + "Z\",\"producer\":\"https://pactum/bench\","
        + "\"run\":{\"runId\":\""
        + new UUID(job, run)
        + "\"},"
        + "\"job\":{\"namespace\":\"bench\",\"name\":\"ingest"
        + job
        + "\"},"
        + "\"inputs\":[{\"namespace\":\"bench\",\"name\":\"src.t"
        + job
        + "\",\"facets\":{\"schema\":{\"fields\":["
        + schema
        + "]}}}],"
        + "\"outputs\":[{\"namespace\":\"bench\",\"name\":\"dst.t"
        + job
        + "\",\"facets\":{\"columnLineage\":{\"fields\":{"
        + fields
        + "}}}}]}";
  }

  static void run(Jdbi jdbi, LineageBenchOptions o) throws Exception {
    List<String> events = new ArrayList<>();
    for (int i = 0; i < o.events(); i++) {
      events.add(event(i % o.jobs(), i));
    }
    OpenLineageEventParser parser = new OpenLineageEventParser(ns -> ns);
    JdbiLineageStore store = new JdbiLineageStore(jdbi);
    for (int i = 0; i < Math.min(200, events.size()); i++) {
      store.record(parser.parse(JSON.readTree(events.get(i)))); // warm-up (and first inserts)
    }
    double parseOnly = rate(events, o.threads(), e -> JSON.readTree(e));
    double full =
        rate(
            events,
            o.threads(),
            e -> {
              JsonNode n = JSON.readTree(e);
              store.record(parser.parse(n));
              return n;
            });
    Progress.print(
        "ingest: %,d RunEvents (50-column columnLineage facet, 100 column edges each), %d"
            + " threads, %d distinct jobs",
        events.size(), o.threads(), o.jobs());
    Progress.print("  baseline: JSON parse only        %,10.0f events/s", parseOnly);
    Progress.print(
        "  parse + validate + store         %,10.0f events/s  (%.1fx the baseline's cost)",
        full, parseOnly / full);
  }

  private interface Work {
    Object apply(String event) throws Exception;
  }

  private static double rate(List<String> events, int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger next = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < events.size()) {
                  work.apply(events.get(i));
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return events.size() / ((System.nanoTime() - t0) / 1e9);
  }
}
