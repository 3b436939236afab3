package org.pactum.server.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The {@code --format} option of {@code pactum lineage …} (a picocli mixin): text or json. */
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
}
