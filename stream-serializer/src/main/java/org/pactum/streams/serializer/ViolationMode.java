package org.pactum.streams.serializer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the serializer does with a record that fails an enforced check of its contract. */
public enum ViolationMode {
  /** The send fails with a {@link ContractViolationException}. */
  FAIL("fail"),
  /**
   * The record (wire bytes, headers, with the reasons in {@code __pactum.errors.*} headers) is
   * written to the dead-letter topic, then the send fails with the same exception.
   */
  DEAD_LETTER("dead-letter");

  private final String configName;

  ViolationMode(String configName) {
    this.configName = configName;
  }

  /** How the configuration spells it: {@code fail}, {@code dead-letter}. */
  public String configName() {
    return configName;
  }

  static Optional<ViolationMode> parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.configName.equals(t)).findFirst();
  }
}
