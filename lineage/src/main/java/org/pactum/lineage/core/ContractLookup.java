package org.pactum.lineage.core;

import java.util.List;
import org.pactum.contracts.LoadedContract;

/** The contracts lineage reads schemas, PII tags and owners from (the server's catalog). */
@FunctionalInterface
public interface ContractLookup {
  /** A lookup with no contracts. */
  ContractLookup NONE = List::of;

  /** The current version of every contract. */
  List<LoadedContract> all();
}
