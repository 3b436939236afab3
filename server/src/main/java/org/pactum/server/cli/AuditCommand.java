package org.pactum.server.cli;

import picocli.CommandLine.Command;

/** {@code pactum audit …}: the audit trail of writes on a running server. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "The hash-chained audit trail of every write to the API (access.audit_event): verify, list.",
      "Needs an admin's or a steward's token in $PACTUM_TOKEN (or --token)."
    },
    subcommands = {AuditVerifyCommand.class, AuditListCommand.class})
final class AuditCommand {}
