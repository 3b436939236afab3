package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum alerts silence add|list|expire}: silences on a running server, like {@code amtool
 * silence add|query|expire}. Exit 0, or 2 with the server's message when it refuses.
 */
@Command(
    name = "silence",
    mixinStandardHelpOptions = true,
    description = "Silences on a running server: add, list, expire.",
    subcommands = {
      AlertsSilenceCommand.Add.class,
      AlertsSilenceCommand.ListSilences.class,
      AlertsSilenceCommand.Expire.class
    })
final class AlertsSilenceCommand {
  static final String PATH = "/api/v1/silences";

  /** Runs one call; a refusal or bad input is one line on stderr and exit 2. */
  abstract static class Call implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ServerOption server;

    abstract void run(PactumServerClient client, PrintWriter out)
        throws PactumServerClient.Failure, InterruptedException;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      try {
        run(server.client(), out);
        out.flush();
        return ExitCodes.OK;
      } catch (PactumServerClient.Failure | IllegalArgumentException e) {
        spec.commandLine().getErr().println("pactum: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.INPUT_ERROR;
      }
    }
  }

  /** When a new silence ends: after a duration, or at a time. */
  static final class End {
    @Option(
        names = "--duration",
        required = true,
        paramLabel = "D",
        description = "How long from now, e.g. 30m, 2h, 1d.")
    String duration;

    @Option(
        names = "--until",
        required = true,
        paramLabel = "TS",
        description = "When it ends, ISO-8601, e.g. 2026-03-02T11:00:00Z.")
    String until;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a silence: notifications for matching signals are recorded as suppressed.",
        "Prints the new silence. Exit 0, or 2 with the server's message."
      })
  static final class Add extends Call {
    @Option(
        names = {"--matcher", "-m"},
        required = true,
        paramLabel = "KEY=VALUE",
        description =
            "contract=GLOB, check=GLOB, team=TEAM, severity=S[,S], dataset=GLOB or tag=TAG"
                + " (repeatable; all must hold).")
    List<String> matchers = new ArrayList<>();

    @ArgGroup(multiplicity = "1")
    End end;

    @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "Why.")
    String comment;

    @Option(
        names = "--by",
        paramLabel = "WHO",
        defaultValue = "${sys:user.name}",
        description = "Who silences (default: ${DEFAULT-VALUE}).")
    String by;

    @Override
    void run(PactumServerClient client, PrintWriter out)
        throws PactumServerClient.Failure, InterruptedException {
      ObjectNode body = PactumServerClient.JSON.createObjectNode();
      body.set("matchers", SilenceMatchers.parse(matchers));
      if (end.until != null) {
        try {
          body.put("ends_at", Instant.parse(end.until.trim()).toString());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "--until must be an ISO-8601 time like 2026-03-02T11:00:00Z, not '"
                  + end.until
                  + "'");
        }
      } else {
        body.put("duration", end.duration.trim());
      }
      body.put("created_by", by);
      body.put("comment", comment);
      JsonNode created = client.send("POST", PATH, body, 201);
      SilencePrinter.table(List.of(created), Instant.now(), out);
    }
  }

  @Command(
      name = "list",
      aliases = "query",
      mixinStandardHelpOptions = true,
      description = "List the active and pending silences (--all: the expired ones too).")
  static final class ListSilences extends Call {
    @Option(names = "--all", description = "Include expired silences.")
    boolean all;

    @Override
    void run(PactumServerClient client, PrintWriter out)
        throws PactumServerClient.Failure, InterruptedException {
      // every page: follow the list's next cursor until it is null
      String first = PATH + "?limit=500" + (all ? "&expired=true" : "");
      ArrayNode silences = JsonNodeFactory.instance.arrayNode();
      String next = null;
      do {
        JsonNode page = client.get(next == null ? first : first + "&next=" + next, 200);
        page.path("silences").forEach(silences::add);
        next = page.path("next").isTextual() ? page.path("next").asText() : null;
      } while (next != null);
      SilencePrinter.table(silences, Instant.now(), out);
    }
  }

  @Command(
      name = "expire",
      mixinStandardHelpOptions = true,
      description = "Expire silences now (they stay listed with --all).")
  static final class Expire extends Call {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "Silence ids.")
    List<String> ids = new ArrayList<>();

    @Override
    void run(PactumServerClient client, PrintWriter out)
        throws PactumServerClient.Failure, InterruptedException {
      for (String id : ids) {
        if (!id.matches("[0-9]{1,18}")) {
          throw new IllegalArgumentException(
              "ID must be a silence id (a number), not '" + id + "'");
        }
        client.send("DELETE", PATH + "/" + id, null, 204);
        out.println("expired silence " + id);
      }
    }
  }
}
