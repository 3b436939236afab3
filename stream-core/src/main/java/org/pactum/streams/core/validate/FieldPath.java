package org.pactum.streams.core.validate;

import org.apache.avro.Schema;

/**
 * A contract column's path, split into field names once, remembering where its first name sits in
 * the last record schema it was read from: a producer or a binding sees one or a few writer
 * schemas, so the per-record look-up by name becomes a comparison of schema identity. Thread-safe
 * (the remembered position is one immutable value, replaced whole).
 */
public final class FieldPath {
  private final String text;
  private final String[] names;
  private volatile Position last;

  private FieldPath(String path) {
    this.text = path;
    this.names = path.split("\\.", -1);
  }

  public static FieldPath of(String path) {
    return new FieldPath(path);
  }

  /** The path as the contract writes it ({@code shipping_address.city}). */
  public String text() {
    return text;
  }

  String[] names() {
    return names;
  }

  /** The position of the first name in {@code schema}, or -1 when the schema lacks it. */
  int firstPosition(Schema schema) {
    Position p = last;
    if (p != null && p.schema == schema) {
      return p.position;
    }
    Schema.Field field = schema.getField(names[0]);
    int position = field == null ? -1 : field.pos();
    last = new Position(schema, position);
    return position;
  }

  private record Position(Schema schema, int position) {}
}
