package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum contract …}: contracts as code. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    description =
        "Contracts as code: lint them, gate changes to them in CI, publish them to a registry.",
    subcommands = {
      ContractLintCommand.class,
      ContractDiffCommand.class,
      ContractCheckCommand.class,
      ContractPublishCommand.class
    })
final class ContractCommand {}
