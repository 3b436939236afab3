package org.pactum.streams.core.validate;

/** A field path's value in one record. */
public sealed interface FieldValue {

  /** The field exists in the writer schema; {@code value} may be null. */
  record Present(Object value) implements FieldValue {}

  /** The writer schema has no such field (or the path crosses an array or map). */
  record Absent(String why) implements FieldValue {}
}
