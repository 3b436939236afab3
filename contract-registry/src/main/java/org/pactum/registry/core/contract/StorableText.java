package org.pactum.registry.core.contract;

/**
 * Text the catalog can store and the loader can read: no NUL character (PostgreSQL {@code text}
 * cannot hold one) and no lone UTF-16 surrogate (it has no UTF-8 form). Checked before anything is
 * written, so such a submission is a 42202 naming the file and line, never a failed insert.
 */
final class StorableText {

  private StorableText() {}

  /** {@link ContractCatalogException} (42202) when {@code text} holds what cannot be stored. */
  static void require(String what, String text) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '\0') {
        throw refused(what, "a NUL character (U+0000)", line);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair: one code point outside the BMP
      } else if (Character.isSurrogate(c)) {
        throw refused(
            what, "a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase() + ")", line);
      }
    }
  }

  private static ContractCatalogException refused(String what, String found, int line) {
    return new ContractCatalogException(
        ContractError.INVALID_FILES,
        what
            + " has "
            + found
            + " at line "
            + line
            + "; contract files must be text that UTF-8 and the catalog can hold");
  }
}
