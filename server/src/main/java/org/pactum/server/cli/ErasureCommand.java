package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum erasure …}: GDPR right-to-erasure requests on a running server. */
@Command(
    name = "erasure",
    mixinStandardHelpOptions = true,
    description = "Right-to-erasure requests: request, plan, status, resume, sweep, verify-audit.",
    subcommands = {
      ErasureRequestCommand.class,
      ErasurePlanCommand.class,
      ErasureStatusCommand.class,
      ErasureResumeCommand.class,
      ErasureSweepCommand.class,
      ErasureVerifyAuditCommand.class
    })
final class ErasureCommand {}
