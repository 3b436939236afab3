package org.pactum.registry.db;

import java.time.OffsetDateTime;

/**
 * A row of {@code registry.contract_version}; {@code filesJson} and {@code findingsJson} are the
 * {@code jsonb} columns as text.
 */
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
    OffsetDateTime createdAt,
    String schemaFile,
    String filesJson,
    String subject,
    Integer schemaId,
    Integer subjectVersion,
    String findingsJson) {}
