package org.pactum.api.input;

import org.pactum.api.InvalidInputException;

/**
 * Yes/no query parameters of Pactum's own API ({@code ?permanent=true}, {@code ?edges=false}): one
 * rule everywhere. The Confluent API's flags keep Confluent's leniency (JAX-RS {@code boolean}).
 */
public final class QueryFlags {
  private QueryFlags() {}

  /**
   * The flag's value: {@code absent} when the parameter is not given, else {@code true} or {@code
   * false} in any letter case. Anything else, an empty value too, is refused: 400 / {@link
   * org.pactum.api.EdgeCodes#INVALID_PARAMETER} naming the parameter.
   */
  public static boolean parse(String name, String value, boolean absent) {
    if (value == null) {
      return absent;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw InvalidInputException.parameter(
        name,
        "query parameter '"
            + name
            + "' must be true or false, got '"
            + Texts.printable(value)
            + "'");
  }
}
