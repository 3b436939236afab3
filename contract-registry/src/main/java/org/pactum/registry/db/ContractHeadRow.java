package org.pactum.registry.db;

import java.time.OffsetDateTime;

/** A contract row joined with its latest version's number, content hash and document status. */
public record ContractHeadRow(
    String contractId,
    String managedBy,
    String declaredIn,
    OffsetDateTime retiredAt,
    int latestVersion,
    String contentSha256,
    String documentStatus) {}
