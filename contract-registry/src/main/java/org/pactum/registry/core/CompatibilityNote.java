package org.pactum.registry.core;

import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * A difference that does not break the checked mode but is worth telling the author about: a
 * renamed Protobuf field (wire-compatible, but JSON and text encodings use the name), a removed
 * field whose tag should be reserved, an added enum constant.
 */
public record CompatibilityNote(
    IncompatibilityType type,
    String location,
    String fieldPath,
    String message,
    Integer againstVersion,
    SourcePosition source) {

  @Override
  public String toString() {
    return type + " " + location + " (" + fieldPath + "): " + message;
  }
}
