package org.pactum.registry.core.schema;

import org.pactum.contracts.model.SchemaFormat;

/**
 * Every kind of difference the engine reports. Avro kinds are Avro's own {@code
 * SchemaCompatibility.SchemaIncompatibilityType}s and break in whichever direction Avro found them.
 * Protobuf kinds describe a change from the existing version to the new schema, with whether that
 * change breaks a BACKWARD check and a FORWARD check by default (a few depend on context, see
 * contract-registry/README.md). Kinds that break neither way are reported as notes.
 */
public enum IncompatibilityType {
  /** The new schema is written in a different schema language than the existing version. */
  SCHEMA_TYPE_CHANGED(null, true, true),

  // Avro: org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType
  NAME_MISMATCH(SchemaFormat.AVRO, true, true),
  FIXED_SIZE_MISMATCH(SchemaFormat.AVRO, true, true),
  MISSING_ENUM_SYMBOLS(SchemaFormat.AVRO, true, true),
  READER_FIELD_MISSING_DEFAULT_VALUE(SchemaFormat.AVRO, true, true),
  TYPE_MISMATCH(SchemaFormat.AVRO, true, true),
  MISSING_UNION_BRANCH(SchemaFormat.AVRO, true, true),

  // Protobuf: a change from the existing version to the new schema.
  PACKAGE_CHANGED(SchemaFormat.PROTOBUF, true, true),
  MESSAGE_ADDED(SchemaFormat.PROTOBUF, false, true),
  MESSAGE_REMOVED(SchemaFormat.PROTOBUF, true, false),
  MESSAGE_MOVED(SchemaFormat.PROTOBUF, false, false),
  ENUM_ADDED(SchemaFormat.PROTOBUF, false, false),
  ENUM_REMOVED(SchemaFormat.PROTOBUF, false, false),
  ENUM_CONST_ADDED(SchemaFormat.PROTOBUF, false, false),
  ENUM_CONST_REMOVED(SchemaFormat.PROTOBUF, false, false),
  ENUM_CONST_CHANGED(SchemaFormat.PROTOBUF, false, false),
  FIELD_ADDED(SchemaFormat.PROTOBUF, false, false),
  FIELD_REMOVED(SchemaFormat.PROTOBUF, false, false),
  FIELD_NAME_CHANGED(SchemaFormat.PROTOBUF, false, false),
  FIELD_KIND_CHANGED(SchemaFormat.PROTOBUF, true, true),
  FIELD_SCALAR_KIND_CHANGED(SchemaFormat.PROTOBUF, true, true),
  FIELD_NAMED_TYPE_CHANGED(SchemaFormat.PROTOBUF, true, true),
  FIELD_NUMERIC_LABEL_CHANGED(SchemaFormat.PROTOBUF, true, true),
  FIELD_STRING_OR_BYTES_LABEL_CHANGED(SchemaFormat.PROTOBUF, false, false),
  FIELD_MESSAGE_LABEL_CHANGED(SchemaFormat.PROTOBUF, false, false),
  REQUIRED_FIELD_ADDED(SchemaFormat.PROTOBUF, true, true),
  REQUIRED_FIELD_REMOVED(SchemaFormat.PROTOBUF, true, true),
  FIELD_BECAME_REQUIRED(SchemaFormat.PROTOBUF, true, false),
  FIELD_NO_LONGER_REQUIRED(SchemaFormat.PROTOBUF, false, true),
  ONEOF_ADDED(SchemaFormat.PROTOBUF, false, false),
  ONEOF_REMOVED(SchemaFormat.PROTOBUF, false, false),
  ONEOF_FIELD_ADDED(SchemaFormat.PROTOBUF, false, true),
  ONEOF_FIELD_REMOVED(SchemaFormat.PROTOBUF, true, false),
  FIELD_MOVED_TO_NEW_ONEOF(SchemaFormat.PROTOBUF, false, false),
  MULTIPLE_FIELDS_MOVED_TO_ONEOF(SchemaFormat.PROTOBUF, true, false),
  FIELD_MOVED_TO_EXISTING_ONEOF(SchemaFormat.PROTOBUF, true, true),
  FIELD_MOVED_OUT_OF_ONEOF(SchemaFormat.PROTOBUF, true, true);

  private final SchemaFormat format;
  private final boolean breaksBackward;
  private final boolean breaksForward;

  IncompatibilityType(SchemaFormat format, boolean breaksBackward, boolean breaksForward) {
    this.format = format;
    this.breaksBackward = breaksBackward;
    this.breaksForward = breaksForward;
  }

  /** The schema language this kind belongs to; null for format-independent kinds. */
  public SchemaFormat format() {
    return format;
  }

  /** Whether this change, made from an existing version to the new schema, breaks in {@code d}. */
  public boolean breaks(Direction d) {
    return d == Direction.BACKWARD ? breaksBackward : breaksForward;
  }
}
