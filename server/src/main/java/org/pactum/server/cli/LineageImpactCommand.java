package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.diff.ContractDiffer;
import org.pactum.lineage.core.ColumnChange;
import org.pactum.lineage.core.ContractColumnChanges;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.server.gate.GateInputException;
import org.pactum.server.gate.GitRevisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum lineage impact --contract ID --against GIT_REF}: compares the contract file with
 * its version at the ref (the same semantic diff as {@code contract check}, plus schema columns
 * removed or retyped), and asks the server's lineage graph what lies downstream of the changed
 * columns and who owns it.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = {
      "Who a contract change hurts: the columns it changes since GIT_REF (removed or retyped"
          + " columns, dropped or loosened checks, PII changes), their downstream columns and"
          + " datasets in the server's lineage graph, and those datasets' owners.",
      "Exit 0 when nothing downstream is affected, 1 when something is, 2 on bad usage,"
          + " unreadable input or an unreachable server."
    })
final class LineageImpactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--contract", required = true, paramLabel = "ID", description = "Contract id.")
  String contractId;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "GIT_REF",
      description = "Compare with the contract at this git ref (origin/main, HEAD~1, a tag).")
  String ref;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Contract files or folders to find the contract in (default: .).")
  List<Path> paths = List.of();

  @Option(
      names = "--server",
      paramLabel = "URL",
      defaultValue = "${PACTUM_URL:-http://localhost:8080}",
      description = "The Pactum server holding the lineage graph (default: ${DEFAULT-VALUE}).")
  URI server;

  @Option(
      names = "--depth",
      paramLabel = "N",
      defaultValue = "10",
      description = "How many edges downstream to follow (default: ${DEFAULT-VALUE}).")
  int depth;

  @Mixin LineageFormat format;

  @Mixin TokenOption token;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.valid(err)) {
      return ExitCodes.INPUT_ERROR;
    }
    Path scratch = Files.createTempDirectory("pactum-impact");
    try {
      LoadedContract now = find();
      Optional<Path> old = new GitRevisions(scratch).at(now.file(), ref);
      if (old.isEmpty()) {
        return nothing(
            out, "contract " + contractId + " is new since " + ref + ": nothing downstream yet");
      }
      LoadedContract before = load(old.get(), " at " + ref);
      List<ColumnChange> changes =
          ContractColumnChanges.between(
              before, now, new ContractDiffer().diff(before.contract(), now.contract()));
      Optional<DatasetRef> dataset = new ContractDatasets("public").of(before);
      if (changes.isEmpty() || dataset.isEmpty()) {
        return nothing(
            out,
            "contract "
                + contractId
                + (dataset.isEmpty()
                    ? " had no dataset at " + ref + ": nothing to trace"
                    : ": no column changes since " + ref));
      }
      JsonNode impact =
          new LineageServerClient(server, token.value()).get(query(changes, dataset.get()));
      ObjectNode report = LineageServerClient.JSON.createObjectNode();
      report.put("contract_id", contractId).put("against", ref);
      var list = report.putArray("changes");
      changes.forEach(c -> list.addObject().put("column", c.column()).put("reason", c.reason()));
      report.set("impact", impact);
      if (format.json()) {
        out.println(
            LineageServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
      } else {
        printText(out, changes, impact);
      }
      return impact.path("columns").isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    } catch (GateInputException | LineageServerClient.ServerError e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } finally {
      deleteTree(scratch);
    }
  }

  private int nothing(PrintWriter out, String message) {
    if (format.json()) {
      out.println(
          LineageServerClient.JSON
              .createObjectNode()
              .put("contract_id", contractId)
              .put("against", ref)
              .put("message", message));
    } else {
      out.println(message);
    }
    return ExitCodes.OK;
  }

  private String query(List<ColumnChange> changes, DatasetRef dataset) {
    StringBuilder q =
        new StringBuilder("/api/v1/lineage/impact/")
            .append(encode(contractId))
            .append("?depth=")
            .append(depth);
    q.append("&dataset=").append(encode(dataset.toString()));
    changes.forEach(c -> q.append("&column=").append(encode(c.column())));
    return q.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private LoadedContract find() throws GateInputException {
    ContractLoader loader = new ContractLoader();
    List<Path> files;
    try {
      files = loader.discover(paths.isEmpty() ? List.of(Path.of(".")) : paths);
    } catch (IOException e) {
      throw new GateInputException("cannot read " + paths + ": " + e.getMessage(), e);
    }
    for (Path f : files) {
      LoadResult r = loadResult(loader, f);
      if (r.contract().isPresent() && r.contract().get().contract().id().equals(contractId)) {
        return r.contract().get();
      }
    }
    throw new GateInputException(
        "no contract "
            + contractId
            + " that loads without errors under "
            + (paths.isEmpty() ? "." : paths));
  }

  private static LoadedContract load(Path file, String where) throws GateInputException {
    LoadResult r = loadResult(new ContractLoader(), file);
    return r.contract()
        .orElseThrow(
            () ->
                new GateInputException("the contract" + where + " does not load: " + r.problems()));
  }

  private static LoadResult loadResult(ContractLoader loader, Path file) throws GateInputException {
    try {
      return loader.load(file);
    } catch (IOException e) {
      throw new GateInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void printText(PrintWriter out, List<ColumnChange> changes, JsonNode impact) {
    JsonNode ds = impact.path("dataset");
    out.printf(
        "contract %s: %d changed column(s) since %s in %s:%s%n",
        contractId, changes.size(), ref, ds.path("namespace").asText(), ds.path("name").asText());
    changes.forEach(c -> out.printf("  %s: %s%n", c.column(), c.reason()));
    if (impact.path("columns").isEmpty()) {
      out.println("nothing downstream is affected");
    } else {
      out.println("downstream columns:");
      for (JsonNode c : impact.path("columns")) {
        out.printf(
            "  %s -> %s (%d hop%s)%n",
            c.path("changed_column").asText(),
            LineageFormat.column(c.path("column")),
            c.path("distance").asInt(),
            c.path("distance").asInt() == 1 ? "" : "s");
      }
      out.println("affected datasets and who to tell:");
      for (JsonNode d : impact.path("datasets")) {
        String name =
            d.path("dataset").path("namespace").asText()
                + ":"
                + d.path("dataset").path("name").asText();
        if (d.path("contract_id").isNull() || d.path("contract_id").isMissingNode()) {
          out.printf("  %s: no contract, no owner on record%n", name);
        } else {
          out.printf(
              "  %s: contract %s, team %s%s%s%n",
              name,
              d.path("contract_id").asText(),
              d.path("owner_team").asText(),
              d.path("owner_email").isTextual() ? " <" + d.path("owner_email").asText() + ">" : "",
              d.path("owner_slack").isTextual() ? " " + d.path("owner_slack").asText() : "");
        }
      }
    }
    if (!impact.path("not_in_graph").isEmpty()) {
      out.println("not in the lineage graph: " + impact.path("not_in_graph"));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
