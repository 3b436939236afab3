package org.pactum.registry.db;

import java.util.Objects;
import org.pactum.registry.core.ContractDocument;

/**
 * What {@link ContractVersionDao#publishAfter} stores besides the document.
 *
 * @param filesJson the document's files as a JSON object, or null
 * @param subject the registry subject, or null when the schema was not registered
 * @param findingsJson the findings against the previous version as a JSON array, or null (none)
 */
public record NewContractVersion(
    ContractDocument document,
    String filesJson,
    String subject,
    Integer schemaId,
    Integer subjectVersion,
    String findingsJson) {
  public NewContractVersion {
    Objects.requireNonNull(document, "document");
  }
}
