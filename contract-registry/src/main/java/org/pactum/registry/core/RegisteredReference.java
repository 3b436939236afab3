package org.pactum.registry.core;

import java.util.Objects;

/**
 * A reference from a registered schema to a version of another subject, as Confluent's API states
 * it: {@code name} is the Protobuf import path or the Avro full name, {@code version} a concrete
 * version (≥ 1) once stored; {@code -1} (latest) is accepted on input and resolved on registration.
 */
public record RegisteredReference(String name, String subject, int version) {
  public RegisteredReference {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(subject, "subject");
  }
}
