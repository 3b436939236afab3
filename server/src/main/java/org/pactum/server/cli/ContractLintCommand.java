package org.pactum.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadReport;
import org.pactum.contracts.Problem;
import org.pactum.contracts.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum contract lint PATH…}: parse, load schemas and cross-check; report every problem.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Check contract files: YAML structure, field values, the schema file, and the contract"
          + " against its schema. Every problem is printed as file:line:col: message.",
      "Exit 0 when clean, 1 when problems were found, 2 on bad usage or unreadable input."
    })
final class ContractLintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Contract files, or folders searched for *.contract.yaml.")
  List<Path> paths;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--strict", description = "Warnings fail the lint too.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    LoadReport report;
    try {
      report = new ContractLoader().loadAll(paths);
    } catch (IOException e) {
      spec.commandLine().getErr().println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    long errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    long warnings = report.problems().size() - errors;
    if (format == OutputFormat.JSON) {
      printJson(out, report, errors, warnings);
    } else {
      printText(out, report, errors, warnings);
    }
    out.flush();
    boolean failed = errors > 0 || (strict && warnings > 0);
    return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private static void printText(PrintWriter out, LoadReport report, long errors, long warnings) {
    for (Problem p : report.problems()) {
      out.println(p.formatWithSeverity());
    }
    int files = report.contracts().size();
    if (report.problems().isEmpty()) {
      out.printf("%d contract%s checked: no problems%n", files, files == 1 ? "" : "s");
    } else {
      out.printf(
          "%d error%s, %d warning%s (%d contract%s loaded)%n",
          errors,
          errors == 1 ? "" : "s",
          warnings,
          warnings == 1 ? "" : "s",
          files,
          files == 1 ? "" : "s");
    }
  }

  private static void printJson(PrintWriter out, LoadReport report, long errors, long warnings) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("contracts", report.contracts().stream().map(c -> c.contract().id()).toList());
    json.put("errors", errors);
    json.put("warnings", warnings);
    json.put(
        "problems",
        report.problems().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("file", p.file().toString());
                  m.put("line", p.line());
                  m.put("column", p.column());
                  m.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
                  m.put("code", p.code());
                  m.put("message", p.message());
                  return m;
                })
            .toList());
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
