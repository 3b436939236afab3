package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum contract …}: contracts as code. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    description =
        "Contracts as code: lint them, gate changes to them in CI, publish them to a registry,"
            + " see their status there and retire them.",
    subcommands = {
      ContractLintCommand.class,
      ContractDiffCommand.class,
      ContractCheckCommand.class,
      ContractPublishCommand.class,
      ContractStatusCommand.class,
      ContractRetireCommand.class
    })
final class ContractCommand {}
