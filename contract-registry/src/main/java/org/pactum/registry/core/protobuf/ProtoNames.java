package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import org.pactum.registry.core.schema.SourcePosition;

/** How schema elements are named and placed in findings. */
final class ProtoNames {

  private ProtoNames() {}

  /** The type's name without the package of the file that declares it: "Payment.Card". */
  static String localName(ProtoType type, Schema schema) {
    String full = type.toString();
    Type declared = schema.getType(type);
    if (declared == null) {
      return full;
    }
    ProtoFile file = schema.protoFile(declared.getLocation().getPath());
    String pkg = file == null ? null : file.getPackageName();
    return pkg != null && !pkg.isEmpty() && full.startsWith(pkg + ".")
        ? full.substring(pkg.length() + 1)
        : full;
  }

  /** "'name' = 7", as messages quote a field. */
  static String quoted(Field f) {
    return "'" + f.getName() + "' = " + f.getTag();
  }

  static String describe(Field f) {
    return label(f) + " " + f.getType() + " " + f.getName() + " = " + f.getTag();
  }

  static String label(Field f) {
    if (f.isRequired()) {
      return "required";
    }
    if (f.isRepeated()) {
      return "repeated";
    }
    return f.isOneOf() ? "oneof" : "optional";
  }

  static String leaf(String fieldPath) {
    int dot = fieldPath.lastIndexOf('.');
    return dot >= 0 ? fieldPath.substring(dot + 1) : fieldPath;
  }

  static SourcePosition position(Location l) {
    return l == null ? null : new SourcePosition(l.getPath(), l.getLine(), l.getColumn());
  }
}
