package org.pactum.contracts.model;

import java.util.Locale;
import java.util.Optional;

/** The schema languages a contract can be written against. */
public enum SchemaFormat {
  AVRO,
  PROTOBUF;

  /** The name Confluent Schema Registry uses in {@code schemaType}. */
  public String registryType() {
    return name();
  }

  /** Parses {@code avro} / {@code protobuf} case-insensitively. */
  public static Optional<SchemaFormat> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
