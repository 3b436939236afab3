package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum checks …}: the check engine. */
@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    description = "Run contracts' checks on their datasets, now or for past days.",
    subcommands = {ChecksRunCommand.class, ChecksBackfillCommand.class})
final class ChecksCommand {}
