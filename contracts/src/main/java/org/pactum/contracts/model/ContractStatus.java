package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The life-cycle state of a contract document. */
public enum ContractStatus {
  /** Being written; checks may run but nothing is enforced on producers yet. */
  DRAFT,
  /** In force. */
  ACTIVE,
  /** Still in force, but consumers should move off it. */
  DEPRECATED,
  /** No longer in force; kept for history. */
  RETIRED;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContractStatus> parse(String text) {
    return Arrays.stream(values()).filter(s -> s.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(ContractStatus::yamlName).toList();
  }
}
