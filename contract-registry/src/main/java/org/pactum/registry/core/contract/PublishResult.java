package org.pactum.registry.core.contract;

import java.util.List;

/**
 * What publishing did.
 *
 * @param created false when the latest version already held this content: no version was made, and
 *     the findings are those stored with that version
 * @param schema where the schema is registered
 * @param findings lint warnings, schema notes and semantic changes against the previous version
 */
public record PublishResult(
    String contractId,
    int versionNo,
    boolean created,
    SchemaLink schema,
    List<FindingRecord> findings) {
  public PublishResult {
    findings = List.copyOf(findings);
  }
}
