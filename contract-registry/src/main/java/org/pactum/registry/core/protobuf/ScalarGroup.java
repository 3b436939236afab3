package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;

/** Scalars that share a wire encoding and may replace each other (protobuf.dev "Updating"). */
enum ScalarGroup {
  VARINT("{int32, int64, uint32, uint64, bool, enum}"),
  ZIGZAG("{sint32, sint64}"),
  LENGTH_DELIMITED("{string, bytes}"),
  FIXED32("{fixed32, sfixed32}"),
  FIXED64("{fixed64, sfixed64}"),
  FLOAT("{float}"),
  DOUBLE("{double}");

  final String members;

  ScalarGroup(String members) {
    this.members = members;
  }

  static ScalarGroup of(ProtoType type, Schema schema) {
    if (schema.getType(type) instanceof EnumType) {
      return VARINT;
    }
    return switch (type.toString()) {
      case "int32", "int64", "uint32", "uint64", "bool" -> VARINT;
      case "sint32", "sint64" -> ZIGZAG;
      case "string", "bytes" -> LENGTH_DELIMITED;
      case "fixed32", "sfixed32" -> FIXED32;
      case "fixed64", "sfixed64" -> FIXED64;
      case "float" -> FLOAT;
      case "double" -> DOUBLE;
      default -> throw new IllegalStateException("not a scalar: " + type);
    };
  }
}
