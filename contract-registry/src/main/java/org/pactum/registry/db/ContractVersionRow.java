package org.pactum.registry.db;

import java.time.OffsetDateTime;

/** A row of {@code registry.contract_version}. */
public record ContractVersionRow(
    String contractId,
    int versionNo,
    String semver,
    String status,
    String ownerTeam,
    String description,
    String schemaFormat,
    String compatibility,
    String contractYaml,
    String schemaText,
    String contentSha256,
    String source,
    OffsetDateTime createdAt) {}
