package org.pactum.registry.core.schema;

import java.util.List;

/**
 * Bounds on untrusted schema input, checked before any parser sees the text.
 *
 * @param maxSchemaBytes the largest accepted UTF-8 size of the schema plus all its references
 * @param maxNestingDepth the deepest accepted nesting: JSON objects/arrays for Avro, braces for
 *     Protobuf. Parsers and checkers recurse over the nesting, so this is what keeps a hostile
 *     schema from exhausting the caller's stack.
 */
public record ParseLimits(int maxSchemaBytes, int maxNestingDepth) {

  /** 1 MiB and 256 levels: far beyond real schemas, far below a stack overflow. */
  public static final ParseLimits DEFAULT = new ParseLimits(1 << 20, 256);

  public ParseLimits {
    if (maxSchemaBytes <= 0) {
      throw new IllegalArgumentException("maxSchemaBytes must be positive");
    }
    if (maxNestingDepth <= 0) {
      throw new IllegalArgumentException("maxNestingDepth must be positive");
    }
  }

  /**
   * Throws {@link InvalidSchemaException} when the texts together exceed {@link #maxSchemaBytes}.
   */
  public void checkSize(String text, List<SchemaReference> references) {
    long total = utf8Length(text);
    for (SchemaReference reference : references) {
      total += utf8Length(reference.text());
    }
    if (total > maxSchemaBytes) {
      throw new InvalidSchemaException(
          "schema is too large: "
              + total
              + " bytes with its references, the limit is "
              + maxSchemaBytes);
    }
  }

  /** UTF-8 length without allocating a copy of a possibly huge text. */
  public static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
