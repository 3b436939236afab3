package org.pactum.api.input;

import java.util.regex.Pattern;
import org.pactum.api.InvalidInputException;

/**
 * Ids a client chooses (run ids, silence creators' names are not ids) must be addressable: an id
 * becomes a URL path segment, so it is 1–200 characters of letters, digits and {@code . _ - : @ + =
 * ~}, starting with a letter or digit. No {@code /}, {@code %}, {@code ?}, {@code #}, space or
 * control character.
 */
public final class Ids {
  /** The pattern an id a client chooses must match. */
  public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+=~-]{0,199}");

  private Ids() {}

  /** Refuses an id that a URL path segment could not carry; null passes. */
  public static String check(String field, String id) {
    if (id != null && !PATTERN.matcher(id).matches()) {
      throw InvalidInputException.field(
          field,
          "field '"
              + field
              + "' must be 1-200 letters, digits or . _ - : @ + = ~ starting with a letter or"
              + " digit (it becomes part of a URL); got '"
              + Texts.printable(id)
              + "'");
    }
    return id;
  }
}
