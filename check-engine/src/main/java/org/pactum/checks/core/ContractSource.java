package org.pactum.checks.core;

import java.util.List;
import java.util.Optional;

/**
 * The contracts the engine may run, at the catalog version they are judged against. The server
 * adapts its contract catalog to this; the engine never reads the registry's tables itself.
 */
public interface ContractSource {

  /** The current version of one contract. */
  Optional<CheckedContract> find(String contractId);

  /** The current version of every contract. */
  List<CheckedContract> all();
}
