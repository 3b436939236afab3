package org.pactum.server.cli;

import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.diff.ContractDiffer;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.ContractSemanticDiffer;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.server.gate.ContractGate;
import org.pactum.server.gate.GateFormat;
import picocli.CommandLine.Option;

/** Options every CI-facing contract command shares, and the gate they run. */
final class GateOptions {
  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  GateFormat format;

  @Option(names = "--strict", description = "Warnings fail too (exit 1).")
  boolean strict;

  static ContractGate gate() {
    return new ContractGate(
        new ContractLoader(),
        new ContractChangeChecker(
            new SchemaSources(SchemaParsers.withDefaultLimits()),
            CompatibilityChecker.standard(),
            new ContractSemanticDiffer(new ContractDiffer())));
  }
}
