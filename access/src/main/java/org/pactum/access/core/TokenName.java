package org.pactum.access.core;

import java.util.regex.Pattern;

/**
 * An API token's name, as an administrator chose it ({@code ci-main}, {@code checkout-producer}):
 * 1–{@value #MAX_LENGTH} letters, digits, {@code . _ -}, starting with a letter or digit. Never a
 * {@code :}, so it can be the user name of HTTP Basic ({@code name:secret}).
 */
public record TokenName(String value) implements Comparable<TokenName> {
  public static final int MAX_LENGTH = 64;
  private static final String PRINCIPAL_PREFIX = "token:";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public TokenName {
    if (value == null || !NAME.matcher(value).matches()) {
      throw AccessException.invalid(
          "name: 1–"
              + MAX_LENGTH
              + " letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }

  public static TokenName of(String value) {
    return new TokenName(value);
  }

  /** Whether a text is a valid name (no exception). */
  public static boolean valid(String value) {
    return value != null && NAME.matcher(value).matches();
  }

  /** The name of the principal a token authenticates as: {@code token:<name>}. */
  public String principalName() {
    return PRINCIPAL_PREFIX + value;
  }

  /**
   * Whether {@code name} is the name of the token whose principal is named {@code principalName}
   * ({@link #principalName()}): no pattern to match, no string built, since a token principal's
   * name holds a valid token name (HTTP Basic's user name is checked this way on every request).
   */
  public static boolean names(String name, String principalName) {
    return name != null
        && principalName.length() == PRINCIPAL_PREFIX.length() + name.length()
        && principalName.startsWith(PRINCIPAL_PREFIX)
        && principalName.endsWith(name);
  }

  @Override
  public int compareTo(TokenName o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
