package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * Text renderings of the erasure API's answers. A retained column shows as {@code col=retain (legal
 * basis)} in a plan; a dataset's status line shows its error, or else what it kept ({@code note}).
 */
final class ErasurePrinter {
  private ErasurePrinter() {}

  static void request(JsonNode r, PrintWriter out, boolean plan) {
    out.printf(
        "request %s  %s  subject type %s  received %s  due %s%s%n",
        r.path("request_id").asText(),
        r.path("status").asText(),
        r.path("subject_type").asText(),
        r.path("received_at").asText(),
        r.path("due_at").asText(),
        r.path("overdue").asBoolean() ? "  OVERDUE" : "");
    if (r.hasNonNull("status_reason")) {
      out.println("reason: " + r.path("status_reason").asText());
    }
    out.printf(
        "%-40s %-7s %-9s %8s %8s %9s  %s%n",
        "DATASET",
        "MODE",
        "STATUS",
        "MATCHED",
        "AFFECTED",
        "REMAINING",
        plan ? "COLUMNS" : "ERROR");
    for (JsonNode d : r.path("datasets")) {
      String last;
      if (plan) {
        StringBuilder cols = new StringBuilder("key " + d.path("key_column").asText());
        JsonNode retained = d.path("retained");
        d.path("columns")
            .fields()
            .forEachRemaining(
                e -> {
                  cols.append(", ").append(e.getKey()).append('=').append(e.getValue().asText());
                  if (retained.hasNonNull(e.getKey())) {
                    cols.append(" (").append(retained.path(e.getKey()).asText()).append(')');
                  }
                });
        last = cols + " (" + d.path("source").asText().toLowerCase(java.util.Locale.ROOT) + ")";
      } else {
        last = d.hasNonNull("error") ? d.path("error").asText() : d.path("note").asText("");
      }
      out.printf(
          "%-40s %-7s %-9s %8s %8s %9s  %s%n",
          d.path("dataset").asText(),
          d.path("mode").asText(),
          d.path("status").asText(),
          d.path("rows_matched").asText("-"),
          d.path("rows_affected").asText("-"),
          d.path("rows_remaining").asText("-"),
          last);
    }
    for (JsonNode g : r.path("gaps")) {
      out.printf(
          "GAP %s %s%s: %s%n",
          g.path("contract_id").asText("(no contract)"),
          g.hasNonNull("datasource")
              ? g.path("datasource").asText() + ":" + g.path("table").asText()
              : "",
          g.hasNonNull("column") ? "." + g.path("column").asText() : "",
          g.path("reason").asText());
    }
    out.flush();
  }
}
