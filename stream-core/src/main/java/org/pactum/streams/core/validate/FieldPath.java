package org.pactum.streams.core.validate;

import java.util.List;

/**
 * A contract column as a path through nested records, split once: {@code shipping_address.city}.
 */
public record FieldPath(String text, List<String> names) {
  public FieldPath {
    names = List.copyOf(names);
  }

  public static FieldPath of(String text) {
    return new FieldPath(text, List.of(text.split("\\.", -1)));
  }
}
