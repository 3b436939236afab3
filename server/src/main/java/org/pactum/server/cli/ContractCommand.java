package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum contract …}: contracts as code. */
@Command(
    name = "contract",
    mixinStandardHelpOptions = true,
    description = "Work with contract files: lint them.",
    subcommands = ContractLintCommand.class)
final class ContractCommand {}
