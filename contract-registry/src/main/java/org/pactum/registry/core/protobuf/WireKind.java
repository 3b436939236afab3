package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import java.util.Locale;

/** The broad wire shape of a field's type; a field may never change between these. */
enum WireKind {
  SCALAR,
  MAP,
  MESSAGE;

  static WireKind of(ProtoType type, Schema schema) {
    if (type.isMap()) {
      return MAP;
    }
    if (type.isScalar() || schema.getType(type) instanceof EnumType) {
      return SCALAR;
    }
    return MESSAGE;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
