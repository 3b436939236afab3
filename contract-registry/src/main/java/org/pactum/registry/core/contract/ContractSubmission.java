package org.pactum.registry.core.contract;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A contract as a client sends it: the contract YAML and the files it needs, by their paths
 * relative to the contract's folder (the schema file, and the {@code .proto} files it imports).
 *
 * @param contract the {@code *.contract.yaml} text
 * @param path the contract file's path as the client knows it ({@code
 *     orders/order_placed.contract.yaml}), for messages; may be null
 * @param files path relative to the contract's folder → text
 */
public record ContractSubmission(String contract, String path, Map<String, String> files) {
  public ContractSubmission {
    files = files == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
