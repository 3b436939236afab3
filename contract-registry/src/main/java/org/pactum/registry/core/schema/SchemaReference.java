package org.pactum.registry.core.schema;

import java.util.Objects;

/**
 * Another schema text that the schema being parsed refers to, already resolved by the caller.
 *
 * <p>For Protobuf, {@code name} is the import path ({@code "common/money.proto"}); for Avro it is a
 * label used in error messages (the referenced subject, or the full name of the type it defines),
 * and {@code text} defines the named types the main schema uses.
 */
public record SchemaReference(String name, String text) {
  public SchemaReference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a schema reference needs a name");
    }
  }
}
