package org.pactum.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.pactum.lineage.core.LineageService;
import org.pactum.lineage.core.SqlLineageResult;

/**
 * The demo's lineage: a few SQL transforms over the demo warehouse tables ({@code
 * demo/lineage/<job>.sql}), derived and recorded at demo start-up, so the graph, the impact of a
 * contract change and the untagged-PII findings have something to show.
 */
public final class DemoLineage {
  /** The demo's jobs; each has its SQL at {@code /demo/lineage/<job>.sql}. */
  public static final List<String> JOBS =
      List.of("demo.daily_revenue", "demo.marketing_audience", "demo.customer_value");

  private final LineageService lineage;

  public DemoLineage(LineageService lineage) {
    this.lineage = lineage;
  }

  public void record(Consumer<String> console) {
    for (String job : JOBS) {
      SqlLineageResult r = lineage.recordSql(job, sql(job), "warehouse", "demo");
      console.accept(
          String.format(
              "  lineage %-24s %s -> %s, %d column edges%s",
              job,
              r.inputs().stream().map(d -> d.name()).toList(),
              r.outputs().stream().map(d -> d.name()).toList(),
              r.edges().size(),
              r.problems().isEmpty() ? "" : ", problems: " + r.problems()));
    }
  }

  private static String sql(String job) {
    try (InputStream in = DemoLineage.class.getResourceAsStream("/demo/lineage/" + job + ".sql")) {
      if (in == null) {
        throw new IllegalStateException("missing demo SQL for " + job);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
