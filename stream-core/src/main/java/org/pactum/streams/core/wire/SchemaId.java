package org.pactum.streams.core.wire;

/** A schema's global id in the registry, as the wire format carries it (any 32-bit value). */
public record SchemaId(int value) {
  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
