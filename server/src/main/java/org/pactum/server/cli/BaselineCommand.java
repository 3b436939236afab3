package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum baseline …}: learned baselines of anomaly and drift checks. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Learned baselines: approve a new normal after an intended change.",
    subcommands = BaselineResetCommand.class)
final class BaselineCommand {}
