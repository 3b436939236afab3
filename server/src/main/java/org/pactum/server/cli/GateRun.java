package org.pactum.server.cli;

import java.util.List;
import org.pactum.registry.core.gate.ContractVerdict;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.server.gate.GateReportPrinter;
import picocli.CommandLine;

/** Prints verdicts and turns them into the exit code. */
final class GateRun {
  private GateRun() {}

  static int report(
      CommandLine cli, String title, GateOptions options, List<ContractVerdict> verdicts) {
    new GateReportPrinter(title).print(verdicts, options.format, cli.getOut());
    boolean failed =
        verdicts.stream()
            .flatMap(v -> v.findings().stream())
            .anyMatch(
                f ->
                    f.severity() == FindingSeverity.ERROR
                        || (options.strict && f.severity() == FindingSeverity.WARNING));
    return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  static int inputError(CommandLine cli, String message) {
    cli.getErr().println("pactum: " + message);
    return ExitCodes.INPUT_ERROR;
  }
}
