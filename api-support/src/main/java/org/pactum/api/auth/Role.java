package org.pactum.api.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a caller may do (issue #15's matrix). Written lower-case on the wire and in configuration
 * ({@code admin}, {@code steward}, …). When a person's claims name several roles, the first in this
 * order wins: a principal holds one role.
 */
public enum Role {
  /** Everything: tokens, global configuration and modes, permanent deletes. */
  ADMIN,
  /** Reads everything; acknowledges and resolves incidents, silences, approvals, runs. */
  STEWARD,
  /** Publishes contracts and registers schemas for the subjects its teams own. */
  PRODUCER,
  /** Erasure requests, plans, status, sweeps and the erasure audit. */
  PRIVACY,
  /** Reads; dry-run contract checks and check runs. */
  CI,
  /** Reads only. */
  READER;

  /** The lower-case name used on the wire and in configuration. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role a wire name (any case, surrounding blanks ignored) names, if any. */
  public static Optional<Role> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.name().equals(t)).findFirst();
  }

  /** The wire names, for messages: {@code admin, steward, …}. */
  public static String names() {
    return Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return wireName();
  }
}
