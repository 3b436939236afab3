package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum token …}: API tokens on a running server (an administrator's token needed). */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "API tokens for machines (CI pipelines, producers, the CLI): create, list, revoke.",
      "Needs an admin token in $PACTUM_TOKEN (or --token); `pactum demo` prints one."
    },
    subcommands = {TokenCreateCommand.class, TokenListCommand.class, TokenRevokeCommand.class})
final class TokenCommand {}
