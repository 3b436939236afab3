package org.pactum.streams.client;

import java.util.Objects;
import org.pactum.contracts.model.DataContract;

/**
 * A contract version as Pactum's catalog published it.
 *
 * @param contract the parsed document
 * @param versionNo the catalog's version number (1, 2, …)
 * @param subject the registry subject its schema is registered under (the contract id)
 */
public record PublishedContract(DataContract contract, int versionNo, String subject) {
  public PublishedContract {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(subject, "subject");
  }
}
