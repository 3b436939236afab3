package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum lineage …}: SQL-derived lineage and the impact of a contract change. */
@Command(
    name = "lineage",
    mixinStandardHelpOptions = true,
    description = "Column lineage: derive it from SQL, and see who a contract change hurts.",
    subcommands = {LineageSqlCommand.class, LineageImpactCommand.class})
final class LineageCommand {}
