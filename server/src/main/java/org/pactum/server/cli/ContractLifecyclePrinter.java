package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;

/**
 * The text of {@code pactum contract status|retire}: a status as one aligned block, what a retire
 * or a permanent delete did, and refusals. Every value from the server is printed through {@link
 * CliText#printable}.
 */
final class ContractLifecyclePrinter {
  /** The server's code for a permanent delete of a contract that is not retired. */
  static final int NOT_RETIRED = 40904;

  private ContractLifecyclePrinter() {}

  static void status(JsonNode s, ContractRegistryClient client, PrintWriter out) {
    String id = s.path("id").asText();
    line(out, "contract", id);
    line(out, "status", s.path("status").asText());
    if (s.hasNonNull("latest_version")) {
      String semver = s.path("semver").asText("");
      line(
          out,
          "version",
          s.path("latest_version").asText() + (semver.isEmpty() ? "" : " (" + semver + ")"));
    }
    if (s.hasNonNull("managed_by")) {
      String file = s.path("file").asText("");
      line(out, "managed by", s.path("managed_by").asText() + (file.isEmpty() ? "" : " " + file));
    }
    if (s.hasNonNull("published_at")) {
      line(out, "published at", s.path("published_at").asText());
    }
    if (s.hasNonNull("retired_at")) {
      line(out, "retired at", s.path("retired_at").asText());
    }
    line(out, "history", history(id, client));
  }

  /**
   * @param before the status before the call
   * @param after the server's answer to the retire
   */
  static void retired(
      String id, JsonNode before, JsonNode after, ContractRegistryClient client, PrintWriter out) {
    String shown = CliText.printable(id);
    String history = CliText.printable(history(id, client));
    String was = before.path("status").asText("");
    if (was.equals("retired")) {
      String since = before.path("retired_at").asText("");
      out.println(
          shown
              + " was already retired"
              + (since.isEmpty() ? "" : " (since " + CliText.printable(since) + ")")
              + "; nothing changed, its history stays at "
              + history);
      return;
    }
    int versions = after.path("latest_version").asInt(before.path("latest_version").asInt(0));
    out.println(
        "retired "
            + shown
            + " (was "
            + CliText.printable(was)
            + ", "
            + count(versions, "version")
            + " kept); its schedules stop, its history stays at "
            + history);
  }

  static void deleted(String id, JsonNode answer, PrintWriter out) {
    out.println(
        "deleted "
            + CliText.printable(id)
            + " for good: "
            + count(answer.path("deleted_versions").asInt(), "catalog version")
            + " and "
            + count(answer.path("deleted_runs").asInt(), "check run")
            + " with their results dropped");
  }

  /** Why {@code --permanent} needs {@code --yes}, and the command that confirms it. */
  static String confirmPermanent(String id, ContractRegistryClient client) {
    return "--permanent deletes "
        + CliText.printable(id)
        + " for good: every catalog version of it and its quality history (its check runs and"
        + " their results) are dropped and cannot be restored; the contract must be retired"
        + " first. Nothing was sent. To confirm: "
        + retireCommand(id, client)
        + " --permanent --yes";
  }

  static String retireCommand(String id, ContractRegistryClient client) {
    return "pactum contract retire "
        + CliText.printable(shellWord(id))
        + " --registry "
        + client.shown();
  }

  /** The server's refusal: its message, escaped, and the HTTP status. */
  static String refusal(ContractRegistryClient.Answer answer, ServerToken token) {
    return CliText.printable(answer.message())
        + token.hint(answer.status())
        + " (HTTP "
        + answer.status()
        + ")";
  }

  private static String history(String id, ContractRegistryClient client) {
    return client.shown("ui/contracts/" + ContractRegistryClient.segment(id));
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-13s %s%n", label, CliText.printable(value));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** The id as one shell word: as is when plain, else single-quoted. */
  private static String shellWord(String id) {
    return id.matches("[A-Za-z0-9._:@+=~/-]+") ? id : "'" + id.replace("'", "'\\''") + "'";
  }
}
