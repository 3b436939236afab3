package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.label;
import static org.pactum.registry.core.protobuf.ProtoNames.position;
import static org.pactum.registry.core.protobuf.ProtoNames.quoted;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_BECAME_REQUIRED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_MESSAGE_LABEL_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_NAME_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_NO_LONGER_REQUIRED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_NUMERIC_LABEL_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_STRING_OR_BYTES_LABEL_CHANGED;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Schema;
import org.pactum.registry.core.schema.SourcePosition;

/** Compares one field matched by tag: its name, type, repeated label and required label. */
final class FieldComparer {

  private final Schema afterSchema;
  private final ProtobufFindings findings;
  private final FieldTypeComparer types;

  FieldComparer(Schema afterSchema, ProtobufFindings findings, FieldTypeComparer types) {
    this.afterSchema = afterSchema;
    this.findings = findings;
    this.types = types;
  }

  void compare(Field was, Field now, String loc, String path) {
    String fieldPath = path + "." + now.getName();
    SourcePosition where = position(now.getLocation());
    if (!was.getName().equals(now.getName())) {
      renamed(was, now, loc, fieldPath, where);
    }
    boolean typeBroke = types.compare(was.getType(), now.getType(), loc, fieldPath, where, "");
    if (!typeBroke && was.isRepeated() != now.isRepeated() && !now.getType().isMap()) {
      repeatedChanged(was, now, loc, fieldPath, where);
    }
    if (was.isRequired() != now.isRequired()) {
      requiredChanged(was, now, loc, fieldPath, where);
    }
  }

  private void renamed(Field was, Field now, String loc, String fieldPath, SourcePosition where) {
    findings.add(
        FIELD_NAME_CHANGED,
        loc,
        fieldPath,
        "field "
            + now.getTag()
            + " was renamed from '"
            + was.getName()
            + "' to '"
            + now.getName()
            + "'; wire-compatible (the binary format carries only the number), but JSON and"
            + " text formats use the name, so JSON consumers see a different key",
        "if records are also exchanged as JSON, keep the old name or set `json_name =\""
            + was.getJsonName()
            + "\"`",
        was.getName() + " -> " + now.getName(),
        where);
  }

  private void repeatedChanged(
      Field was, Field now, String loc, String fieldPath, SourcePosition where) {
    String change = was.isRepeated() ? "repeated to singular" : "singular to repeated";
    if (WireKind.of(now.getType(), afterSchema) == WireKind.MESSAGE) {
      findings.add(
          FIELD_MESSAGE_LABEL_CHANGED,
          loc,
          fieldPath,
          "message field "
              + quoted(now)
              + " changed from "
              + change
              + "; wire-compatible: a singular reader merges all elements into one message",
          "none needed",
          change,
          where);
    } else if (ScalarGroup.of(now.getType(), afterSchema) == ScalarGroup.LENGTH_DELIMITED) {
      findings.add(
          FIELD_STRING_OR_BYTES_LABEL_CHANGED,
          loc,
          fieldPath,
          "field "
              + quoted(now)
              + " ("
              + now.getType()
              + ") changed from "
              + change
              + "; wire-compatible: a singular reader keeps the last element",
          "none needed",
          change,
          where);
    } else {
      findings.add(
          FIELD_NUMERIC_LABEL_CHANGED,
          loc,
          fieldPath,
          "numeric field "
              + quoted(now)
              + " ("
              + now.getType()
              + ") changed from "
              + change
              + ": repeated numeric fields are written packed, which a singular reader cannot"
              + " parse",
          "keep `"
              + now.getName()
              + "` "
              + (was.isRepeated() ? "repeated" : "singular")
              + "; add a new field with a new number instead",
          change,
          where);
    }
  }

  private void requiredChanged(
      Field was, Field now, String loc, String fieldPath, SourcePosition where) {
    if (now.isRequired()) {
      findings.add(
          FIELD_BECAME_REQUIRED,
          loc,
          fieldPath,
          "field "
              + quoted(now)
              + " became required: records written with "
              + findings.versionLabel()
              + " may lack it and then fail to parse",
          "keep `" + now.getName() + "` optional",
          label(was) + " -> required",
          where);
    } else {
      findings.add(
          FIELD_NO_LONGER_REQUIRED,
          loc,
          fieldPath,
          "field "
              + quoted(now)
              + " is no longer required: readers on "
              + findings.versionLabel()
              + " reject records written without it",
          "keep `" + now.getName() + "` required until no reader on an older version remains",
          "required -> " + label(now),
          where);
    }
  }
}
