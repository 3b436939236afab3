package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The {@code --format} option of {@code pactum lineage …} (a picocli mixin): text or json; and how
 * the text output names a column.
 */
final class LineageFormat {
  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: text or json (default: ${DEFAULT-VALUE}).")
  String format;

  /** Whether the value is text or json; if not, says so on {@code err}. */
  boolean valid(PrintWriter err) {
    if (!format.equals("text") && !format.equals("json")) {
      err.println("pactum: --format must be text or json");
      return false;
    }
    return true;
  }

  boolean json() {
    return format.equals("json");
  }

  /** A column of a JSON answer ({@code namespace}, {@code dataset}, {@code column}) as text. */
  static String column(JsonNode c) {
    return c.path("namespace").asText()
        + ":"
        + c.path("dataset").asText()
        + "."
        + c.path("column").asText();
  }
}
