package org.pactum.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactum.server.gate.GateInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pactum contract diff OLD NEW}: two contract files compared, no server needed. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two versions of a contract: schema compatibility under the new contract's mode"
          + " (Avro and Protobuf rules) and semantic changes to its guarantees (checks, PII"
          + " tags, owner, compatibility mode).",
      "Exit 0 when nothing breaks, 1 on a breaking change, 2 on bad usage or unreadable input."
    })
final class ContractDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier contract file.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The changed contract file.")
  Path after;

  @Mixin GateOptions options;

  @Override
  public Integer call() {
    try {
      return GateRun.report(
          spec.commandLine(),
          "contract diff",
          options,
          List.of(GateOptions.gate().diff(before, after)));
    } catch (GateInputException e) {
      return GateRun.inputError(spec.commandLine(), e.getMessage());
    }
  }
}
