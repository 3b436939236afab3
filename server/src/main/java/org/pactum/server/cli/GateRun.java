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
    boolean failed = verdicts.stream().anyMatch(v -> fails(v, options.strict));
    return failed ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /** Whether the verdict fails the command: an error, or under {@code --strict} a warning. */
  static boolean fails(ContractVerdict verdict, boolean strict) {
    return verdict.findings().stream()
        .anyMatch(
            f ->
                f.severity() == FindingSeverity.ERROR
                    || (strict && f.severity() == FindingSeverity.WARNING));
  }

  static int inputError(CommandLine cli, String message) {
    cli.getErr().println("pactum: " + message);
    return ExitCodes.INPUT_ERROR;
  }
}
