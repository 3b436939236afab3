package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum contract …}: contracts as code. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    description = "Contracts as code: lint them, and gate changes to them in CI.",
    subcommands = {
      ContractLintCommand.class,
      ContractDiffCommand.class,
      ContractCheckCommand.class
    })
final class ContractCommand {}
