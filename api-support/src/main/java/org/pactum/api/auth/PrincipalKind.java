package org.pactum.api.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who a principal is: a person signed in through OpenID Connect, or a machine's API token. */
public enum PrincipalKind {
  PERSON,
  MACHINE;

  /** The lower-case name, as stored. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named (any case); empty for anything else. */
  public static Optional<PrincipalKind> parse(String text) {
    return Arrays.stream(values()).filter(k -> k.wireName().equalsIgnoreCase(text)).findFirst();
  }
}
