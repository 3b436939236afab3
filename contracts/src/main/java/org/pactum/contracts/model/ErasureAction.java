package org.pactum.contracts.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a GDPR erasure does to a PII column of the data subject's rows. */
public enum ErasureAction {
  /** Set the column to NULL. */
  NULLIFY,
  /** Delete the subject's whole row (use on the key column of subject-owned tables). */
  DELETE_ROW,
  /** Replace the value with a keyed hash, keeping joins and counts working. */
  HASH,
  /** Replace the value with a fixed redaction marker. */
  REDACT,
  /**
   * Keep the value because a law or contract requires it (GDPR Art. 17(3)); the field must state
   * its legal basis. Erasure leaves the column as it is and records why.
   */
  RETAIN;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ErasureAction> parse(String text) {
    return Arrays.stream(values()).filter(a -> a.yamlName().equals(text)).findFirst();
  }

  public static List<String> yamlNames() {
    return Arrays.stream(values()).map(ErasureAction::yamlName).toList();
  }
}
