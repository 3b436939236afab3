package org.pactum.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadedContract;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.SqlLineageResult;
import org.pactum.lineage.core.SqlProblem;
import org.pactum.lineage.sql.ContractSchemaCatalog;
import org.pactum.lineage.sql.SchemaCatalog;
import org.pactum.lineage.sql.SqlLineageAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum lineage sql --job NAME FILE.sql}: column lineage from SQL. Offline by default (no
 * server: parses the file, resolves {@code *} through {@code --contracts}, prints the edges); with
 * {@code --server URL} it posts to the server, which derives the same edges and records them.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Derive column lineage from a SQL file (INSERT … SELECT, CREATE TABLE … AS, CREATE VIEW,"
          + " UPDATE) and print the edges. Offline by default; with --server the server derives"
          + " and records them under the job.",
      "Exit 0 when every column resolved, 1 when some could not be resolved (listed as problems),"
          + " 2 on bad usage, unreadable or unparsable SQL, or an unreachable server."
    })
final class LineageSqlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--job", required = true, paramLabel = "NAME", description = "The job's name.")
  String job;

  @Parameters(index = "0", paramLabel = "FILE.sql", description = "The SQL script.")
  Path file;

  @Option(
      names = "--namespace",
      paramLabel = "NS",
      defaultValue = "warehouse",
      description = "The tables' namespace: a datasource name (default: ${DEFAULT-VALUE}).")
  String namespace;

  @Option(
      names = "--contracts",
      paramLabel = "PATH",
      description = "Offline: contract files or folders whose schemas resolve * and columns.")
  List<Path> contracts = List.of();

  @Option(
      names = "--server",
      paramLabel = "URL",
      description = "Post to this Pactum server (e.g. http://localhost:8080) and record the edges.")
  URI server;

  @Mixin LineageFormat format;

  @Mixin TokenOption token;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.valid(err)) {
      return ExitCodes.INPUT_ERROR;
    }
    String sql;
    try {
      sql = Files.readString(file);
    } catch (IOException e) {
      err.println("pactum: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    JsonNode result;
    try {
      result = server != null ? remote(sql) : offline(sql);
    } catch (LineageException | LineageServerClient.ServerError e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    } catch (IOException e) {
      err.println("pactum: cannot read the contracts: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    if (format.json()) {
      out.println(
          LineageServerClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } else {
      printText(out, result);
    }
    return result.path("problems").isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  private JsonNode remote(String sql) throws Exception {
    ObjectNode body = LineageServerClient.JSON.createObjectNode();
    body.put("job", job).put("sql", sql).put("namespace", namespace);
    return new LineageServerClient(server, token.value()).post("/api/v1/lineage/sql", body);
  }

  private JsonNode offline(String sql) throws IOException {
    SchemaCatalog catalog = SchemaCatalog.EMPTY;
    if (!contracts.isEmpty()) {
      List<LoadedContract> loaded = new ContractLoader().loadAll(contracts).contracts();
      catalog = new ContractSchemaCatalog(() -> loaded, new ContractDatasets("public"));
    }
    SqlLineageResult r = new SqlLineageAnalyzer(catalog, "public").analyze(sql, namespace);
    ObjectNode body = LineageServerClient.JSON.createObjectNode();
    body.put("job", job).put("recorded", false);
    ArrayNode inputs = body.putArray("inputs");
    r.inputs()
        .forEach(d -> inputs.addObject().put("namespace", d.namespace()).put("name", d.name()));
    ArrayNode outputs = body.putArray("outputs");
    r.outputs()
        .forEach(d -> outputs.addObject().put("namespace", d.namespace()).put("name", d.name()));
    ArrayNode edges = body.putArray("edges");
    for (ColumnEdge e : r.edges()) {
      ObjectNode n = edges.addObject();
      n.putObject("source")
          .put("namespace", e.source().dataset().namespace())
          .put("dataset", e.source().dataset().name())
          .put("column", e.source().column());
      n.putObject("target")
          .put("namespace", e.target().dataset().namespace())
          .put("dataset", e.target().dataset().name())
          .put("column", e.target().column());
      n.put("type", e.type().name()).put("subtype", e.subtype().name()).put("masking", e.masking());
    }
    ArrayNode problems = body.putArray("problems");
    for (SqlProblem p : r.problems()) {
      problems.addObject().put("statement", p.statement()).put("message", p.message());
    }
    return body;
  }

  private void printText(PrintWriter out, JsonNode r) {
    out.printf(
        "job %s: %d input(s), %d output(s), %d edge(s), %d problem(s)%s%n",
        job,
        r.path("inputs").size(),
        r.path("outputs").size(),
        r.path("edges").size(),
        r.path("problems").size(),
        r.path("recorded").asBoolean() ? ", recorded on " + server : " (offline, not recorded)");
    for (JsonNode e : r.path("edges")) {
      out.printf(
          "  %s -> %s  %s/%s%s%n",
          LineageFormat.column(e.path("source")),
          LineageFormat.column(e.path("target")),
          e.path("type").asText(),
          e.path("subtype").asText(),
          e.path("masking").asBoolean() ? " masked" : "");
    }
    for (JsonNode p : r.path("problems")) {
      out.printf(
          "problem: statement %d: %s%n", p.path("statement").asInt(), p.path("message").asText());
    }
  }
}
