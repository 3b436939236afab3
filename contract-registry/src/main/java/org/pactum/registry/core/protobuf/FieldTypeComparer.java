package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.leaf;
import static org.pactum.registry.core.protobuf.ProtoNames.localName;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_KIND_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_NAMED_TYPE_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_SCALAR_KIND_CHANGED;

import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import java.util.function.BiConsumer;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * Compares a field's type before and after: its wire kind, scalar group, map key and value, or
 * named message type. Same-named message types are handed to {@code sameNamedType} so that types
 * from imported files are compared too.
 */
final class FieldTypeComparer {

  private final Schema beforeSchema;
  private final Schema afterSchema;
  private final ProtobufFindings findings;
  private final BiConsumer<ProtoType, ProtoType> sameNamedType;

  FieldTypeComparer(
      Schema beforeSchema,
      Schema afterSchema,
      ProtobufFindings findings,
      BiConsumer<ProtoType, ProtoType> sameNamedType) {
    this.beforeSchema = beforeSchema;
    this.afterSchema = afterSchema;
    this.findings = findings;
    this.sameNamedType = sameNamedType;
  }

  /**
   * Reports a kind, scalar-group or named-type change; returns whether one was reported.
   *
   * @param part prefix of the message, e.g. "map key of "
   */
  boolean compare(
      ProtoType was,
      ProtoType now,
      String loc,
      String fieldPath,
      SourcePosition where,
      String part) {
    WireKind wasKind = WireKind.of(was, beforeSchema);
    WireKind nowKind = WireKind.of(now, afterSchema);
    String leaf = leaf(fieldPath);
    if (wasKind != nowKind) {
      findings.add(
          FIELD_KIND_CHANGED,
          loc,
          fieldPath,
          part
              + "field '"
              + leaf
              + "' changed from a "
              + wasKind.label()
              + " ("
              + was
              + ") to a "
              + nowKind.label()
              + " ("
              + now
              + "); their wire encodings are incompatible",
          "keep `"
              + leaf
              + "` as "
              + was
              + "; add a new field with a new number for the "
              + now
              + " value and deprecate the old one",
          was + " -> " + now,
          where);
      return true;
    }
    return switch (wasKind) {
      case SCALAR -> compareScalars(was, now, loc, fieldPath, where, part, leaf);
      case MAP ->
          compare(was.getKeyType(), now.getKeyType(), loc, fieldPath, where, "map key of ")
              || compare(
                  was.getValueType(), now.getValueType(), loc, fieldPath, where, "map value of ");
      case MESSAGE -> compareNamed(was, now, loc, fieldPath, where, part, leaf);
    };
  }

  private boolean compareScalars(
      ProtoType was,
      ProtoType now,
      String loc,
      String fieldPath,
      SourcePosition where,
      String part,
      String leaf) {
    ScalarGroup from = ScalarGroup.of(was, beforeSchema);
    ScalarGroup to = ScalarGroup.of(now, afterSchema);
    if (from == to) {
      return false;
    }
    findings.add(
        FIELD_SCALAR_KIND_CHANGED,
        loc,
        fieldPath,
        part
            + "field '"
            + leaf
            + "' changed from "
            + was
            + " to "
            + now
            + ": "
            + was
            + " is in the wire-compatible group "
            + from.members
            + ", "
            + now
            + " is not",
        "keep `"
            + leaf
            + "` as "
            + was
            + " or another type of "
            + from.members
            + "; for a different type add a new field with a new number",
        was + " -> " + now,
        where);
    return true;
  }

  private boolean compareNamed(
      ProtoType was,
      ProtoType now,
      String loc,
      String fieldPath,
      SourcePosition where,
      String part,
      String leaf) {
    String wasName = localName(was, beforeSchema);
    String nowName = localName(now, afterSchema);
    if (wasName.equals(nowName)) {
      sameNamedType.accept(was, now);
      return false;
    }
    findings.add(
        FIELD_NAMED_TYPE_CHANGED,
        loc,
        fieldPath,
        part
            + "field '"
            + leaf
            + "' changed type from "
            + wasName
            + " to "
            + nowName
            + "; readers decode it with the wrong message definition",
        "keep `"
            + leaf
            + "` of type "
            + wasName
            + "; add a new field with a new number for "
            + nowName,
        was + " -> " + now,
        where);
    return true;
  }
}
