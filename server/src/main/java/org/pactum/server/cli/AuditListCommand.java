package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pactum audit list}: audit entries newest first, filtered, a page at a time ({@code GET
 * /api/v1/audit}).
 */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "List the audit trail's entries newest first (GET /api/v1/audit): who wrote what, when, from"
          + " where, and whether the API accepted it.",
      "Exit 0 when listed, 2 when refused, on bad usage or an unreachable server."
    })
final class AuditListCommand implements Callable<Integer> {
  /** Entries asked for a page (the server's most). */
  static final int PAGE = 1000;

  private static final String ROW = "%-7s %-27s %-24s %-9s %-6s %-8s %s%n";

  @Spec CommandSpec spec;

  @Mixin AdminServer server;

  @Option(names = "--principal", paramLabel = "NAME", description = "Only this principal's.")
  String principal;

  @Option(
      names = "--action",
      paramLabel = "ACTION",
      description = "Only this action, e.g. 'POST /api/v1/contracts'.")
  String action;

  @Option(names = "--outcome", paramLabel = "OUTCOME", description = "accepted or refused.")
  String outcome;

  @Option(names = "--since", paramLabel = "TIME", description = "At or after (ISO-8601).")
  String since;

  @Option(names = "--until", paramLabel = "TIME", description = "Before (ISO-8601).")
  String until;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "At most this many entries (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      spec.commandLine().getErr().println("pactum: --limit: at least 1");
      return ExitCodes.INPUT_ERROR;
    }
    ArrayNode entries = PactumServerClient.JSON.createArrayNode();
    try {
      String next = null;
      do {
        JsonNode page =
            server.send("GET", path(Math.min(PAGE, limit - entries.size()), next), null, 200);
        page.path("entries").forEach(entries::add);
        next = page.path("next").isTextual() ? page.path("next").asText() : null;
      } while (next != null && entries.size() < limit);
    } catch (PactumServerClient.Failure e) {
      spec.commandLine().getErr().println("pactum: " + CliText.printable(e.getMessage()));
      return ExitCodes.INPUT_ERROR;
    }
    if (server.json()) {
      ObjectNode all = PactumServerClient.JSON.createObjectNode();
      all.set("entries", entries);
      out.println(CliText.prettyJson(all));
    } else {
      table(entries, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private String path(int pageSize, String next) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("principal", principal);
    query.put("action", action);
    query.put("outcome", outcome);
    query.put("since", since);
    query.put("until", until);
    query.put("limit", Integer.toString(pageSize));
    query.put("next", next);
    StringBuilder b = new StringBuilder("/api/v1/audit");
    char sep = '?';
    for (Map.Entry<String, String> q : query.entrySet()) {
      if (q.getValue() != null && !q.getValue().isBlank()) {
        b.append(sep)
            .append(q.getKey())
            .append('=')
            .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
    }
    return b.toString();
  }

  private static void table(JsonNode entries, PrintWriter out) {
    if (entries.isEmpty()) {
      out.println("no audit entries");
      return;
    }
    out.printf(ROW, "SEQ", "OCCURRED AT", "PRINCIPAL", "ROLE", "STATUS", "OUTCOME", "ACTION");
    for (JsonNode e : entries) {
      out.printf(
          ROW,
          e.path("seq").asText(),
          CliText.printable(e.path("occurred_at").asText()),
          CliText.printable(e.path("principal").asText()),
          CliText.printable(e.path("role").asText()),
          e.path("status").asText(),
          CliText.printable(e.path("outcome").asText()),
          CliText.printable(e.path("action").asText()));
    }
  }
}
