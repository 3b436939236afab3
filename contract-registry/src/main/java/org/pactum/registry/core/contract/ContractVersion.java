package org.pactum.registry.core.contract;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A stored version of a contract.
 *
 * @param schemaFile the schema file relative to the contract's folder; null for versions published
 *     before files were kept
 * @param files the schema file and its imports by relative path; empty for those versions
 * @param schema the registry subject version, or null when the schema was never registered
 * @param findings what publishing found against the version before
 */
public record ContractVersion(
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
    OffsetDateTime publishedAt,
    String schemaFile,
    SortedMap<String, String> files,
    SchemaLink schema,
    List<FindingRecord> findings) {

  public ContractVersion {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files == null ? Map.of() : files));
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  /** This version with the status {@code RETIRED}: the catalog's word once the API retired it. */
  public ContractVersion retired() {
    return new ContractVersion(
        contractId,
        versionNo,
        semver,
        "RETIRED",
        ownerTeam,
        description,
        schemaFormat,
        compatibility,
        contractYaml,
        schemaText,
        contentSha256,
        source,
        publishedAt,
        schemaFile,
        files,
        schema,
        findings);
  }

  public Optional<SchemaLink> schemaLink() {
    return Optional.ofNullable(schema);
  }
}
