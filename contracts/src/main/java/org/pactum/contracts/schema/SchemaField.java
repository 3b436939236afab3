package org.pactum.contracts.schema;

import java.util.List;

/**
 * One field of a schema, flattened: top-level fields by name, nested record fields by dotted path
 * ({@code shipping_address.city}).
 *
 * @param path dotted path from the top-level record
 * @param name the field's own name (the last path segment)
 * @param kind its type
 * @param nullable whether it may be null/absent (Avro {@code ["null", X]}; Protobuf {@code
 *     optional}, message-typed, wrapper-typed and oneof fields)
 * @param repeated whether it holds a list (Avro array, Protobuf {@code repeated}), or sits inside
 *     one
 * @param enumSymbols the symbols of an {@link FieldKind#ENUM} field, empty otherwise
 */
public record SchemaField(
    String path,
    String name,
    FieldKind kind,
    boolean nullable,
    boolean repeated,
    List<String> enumSymbols) {

  public SchemaField {
    enumSymbols = List.copyOf(enumSymbols);
  }

  /** Whether the field is nested inside a record (its path has a dot). */
  public boolean nested() {
    return path.indexOf('.') >= 0;
  }
}
