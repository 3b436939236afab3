package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.IncompatibilityType.ENUM_ADDED;
import static org.pactum.registry.core.IncompatibilityType.ENUM_CONST_ADDED;
import static org.pactum.registry.core.IncompatibilityType.ENUM_CONST_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.ENUM_CONST_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.ENUM_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_ADDED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_BECAME_REQUIRED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_KIND_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_MESSAGE_LABEL_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_MOVED_OUT_OF_ONEOF;
import static org.pactum.registry.core.IncompatibilityType.FIELD_MOVED_TO_EXISTING_ONEOF;
import static org.pactum.registry.core.IncompatibilityType.FIELD_MOVED_TO_NEW_ONEOF;
import static org.pactum.registry.core.IncompatibilityType.FIELD_NAMED_TYPE_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_NAME_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_NO_LONGER_REQUIRED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_NUMERIC_LABEL_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_SCALAR_KIND_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.FIELD_STRING_OR_BYTES_LABEL_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.MESSAGE_ADDED;
import static org.pactum.registry.core.IncompatibilityType.MESSAGE_MOVED;
import static org.pactum.registry.core.IncompatibilityType.MESSAGE_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.MULTIPLE_FIELDS_MOVED_TO_ONEOF;
import static org.pactum.registry.core.IncompatibilityType.ONEOF_ADDED;
import static org.pactum.registry.core.IncompatibilityType.ONEOF_FIELD_ADDED;
import static org.pactum.registry.core.IncompatibilityType.ONEOF_FIELD_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.ONEOF_REMOVED;
import static org.pactum.registry.core.IncompatibilityType.PACKAGE_CHANGED;
import static org.pactum.registry.core.IncompatibilityType.REQUIRED_FIELD_ADDED;
import static org.pactum.registry.core.IncompatibilityType.REQUIRED_FIELD_REMOVED;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pactum.registry.core.IncompatibilityType;
import org.pactum.registry.core.SourcePosition;

/**
 * The diff behind {@link ProtobufCompatibilityRules}: walks the main file's messages and enums
 * (nested ones included) by name, matches fields by tag and enum constants by number, and follows
 * fields into message types defined in imported files. One instance per comparison.
 */
final class ProtobufDiff {

  /** Scalars that share a wire encoding and may replace each other (protobuf.dev "Updating"). */
  private enum ScalarGroup {
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
  }

  private enum Kind {
    SCALAR,
    MAP,
    MESSAGE;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final ProtobufParsedSchema before;
  private final ProtobufParsedSchema after;
  private final Schema beforeSchema;
  private final Schema afterSchema;
  private final String versionLabel;
  private final List<ProtobufChange> changes = new ArrayList<>();
  private final Set<String> followedImports = new HashSet<>();

  ProtobufDiff(ProtobufParsedSchema before, ProtobufParsedSchema after, Integer version) {
    this.before = before;
    this.after = after;
    this.beforeSchema = before.schema();
    this.afterSchema = after.schema();
    this.versionLabel = version == null ? "the existing schema" : "version " + version;
  }

  List<ProtobufChange> run() {
    if (!before.packageName().equals(after.packageName())) {
      add(
          PACKAGE_CHANGED,
          "#/",
          after.packageName(),
          "package changed from '"
              + before.packageName()
              + "' to '"
              + after.packageName()
              + "': every fully-qualified type name changes, so google.protobuf.Any payloads,"
              + " gRPC method names and readers that resolve types by name no longer match",
          "keep package '" + before.packageName() + "'; publish the new package as a new subject",
          before.packageName() + " -> " + after.packageName(),
          position(after.file().getLocation()));
    }
    compareTypes(before.file().getTypes(), after.file().getTypes(), "#/", "", after.file());
    return List.copyOf(changes);
  }

  // ---------------------------------------------------------------- types

  private void compareTypes(
      List<Type> beforeTypes,
      List<Type> afterTypes,
      String locationPrefix,
      String namePrefix,
      Object afterParent) {
    Map<String, MessageType> beforeMessages = new LinkedHashMap<>();
    Map<String, MessageType> afterMessages = new LinkedHashMap<>();
    Map<String, EnumType> beforeEnums = new LinkedHashMap<>();
    Map<String, EnumType> afterEnums = new LinkedHashMap<>();
    split(beforeTypes, beforeMessages, beforeEnums);
    split(afterTypes, afterMessages, afterEnums);
    List<String> beforeOrder = new ArrayList<>(beforeMessages.keySet());
    List<String> afterOrder = new ArrayList<>(afterMessages.keySet());
    SourcePosition parentPosition = parentPosition(afterParent);

    Set<String> names = new LinkedHashSet<>(beforeMessages.keySet());
    names.addAll(afterMessages.keySet());
    for (String name : names) {
      MessageType b = beforeMessages.get(name);
      MessageType a = afterMessages.get(name);
      String location = locationPrefix + name;
      String path = namePrefix + name;
      if (a == null) {
        add(
            MESSAGE_REMOVED,
            location,
            path,
            "message '"
                + path
                + "' was removed: data written with "
                + versionLabel
                + " as "
                + path
                + " cannot be read with the new schema",
            "keep message `" + path + "` (mark it `option deprecated = true;` instead)",
            b.getType().toString(),
            parentPosition);
      } else if (b == null) {
        add(
            MESSAGE_ADDED,
            location,
            path,
            "message '"
                + path
                + "' was added: readers on "
                + versionLabel
                + " do not know it, so records written as "
                + path
                + " cannot be read by them",
            "under FORWARD or FULL, define `"
                + path
                + "` in a separate file the schema imports (imported types are compared where"
                + " fields use them), or publish it under its own subject",
            a.getType().toString(),
            position(a.getLocation()));
      } else {
        compareMessage(b, a, location, path);
        int from = beforeOrder.indexOf(name);
        int to = afterOrder.indexOf(name);
        if (from != to) {
          add(
              MESSAGE_MOVED,
              location,
              path,
              "message '"
                  + path
                  + "' moved from position "
                  + from
                  + " to "
                  + to
                  + "; compatible, because a record's message index is resolved against the"
                  + " schema it was written with",
              "none needed",
              from + " -> " + to,
              position(a.getLocation()));
        }
        compareTypes(b.getNestedTypes(), a.getNestedTypes(), location + "/", path + ".", a);
      }
    }

    Set<String> enumNames = new LinkedHashSet<>(beforeEnums.keySet());
    enumNames.addAll(afterEnums.keySet());
    for (String name : enumNames) {
      EnumType b = beforeEnums.get(name);
      EnumType a = afterEnums.get(name);
      String location = locationPrefix + name;
      String path = namePrefix + name;
      if (a == null) {
        add(
            ENUM_REMOVED,
            location,
            path,
            "enum '"
                + path
                + "' was removed; compatible on the wire (fields using it are"
                + " reported on their own)",
            "none needed",
            b.getType().toString(),
            parentPosition);
      } else if (b == null) {
        add(
            ENUM_ADDED,
            location,
            path,
            "enum '" + path + "' was added",
            "none needed",
            a.getType().toString(),
            position(a.getLocation()));
      } else {
        compareEnum(b, a, location, path);
      }
    }
  }

  private static void split(
      List<Type> types, Map<String, MessageType> messages, Map<String, EnumType> enums) {
    for (Type t : types) {
      if (t instanceof MessageType m) {
        messages.put(m.getType().getSimpleName(), m);
      } else if (t instanceof EnumType e) {
        enums.put(e.getType().getSimpleName(), e);
      }
    }
  }

  // ---------------------------------------------------------------- enums

  private void compareEnum(EnumType b, EnumType a, String location, String path) {
    Map<Integer, List<String>> beforeByNumber = constantsByNumber(b);
    Map<Integer, List<String>> afterByNumber = constantsByNumber(a);
    Set<Integer> numbers = new TreeSet<>(beforeByNumber.keySet());
    numbers.addAll(afterByNumber.keySet());
    for (int n : numbers) {
      List<String> was = beforeByNumber.get(n);
      List<String> now = afterByNumber.get(n);
      String loc = location + "/" + n;
      if (now == null) {
        add(
            ENUM_CONST_REMOVED,
            loc,
            path + "." + was.get(0),
            "enum constant "
                + was.get(0)
                + " = "
                + n
                + " was removed; readers of the new schema see the number as an unknown value",
            "reserve it so it is never reused: `reserved "
                + n
                + "; reserved \""
                + was.get(0)
                + "\";`",
            was.get(0) + " = " + n,
            position(a.getLocation()));
      } else if (was == null) {
        add(
            ENUM_CONST_ADDED,
            loc,
            path + "." + now.get(0),
            "enum constant "
                + now.get(0)
                + " = "
                + n
                + " was added; readers on "
                + versionLabel
                + " see it as an unknown value (proto3 keeps the number, proto2 moves it to"
                + " unknown fields)",
            "make sure consumers handle unknown enum values",
            now.get(0) + " = " + n,
            constantPosition(a, now.get(0)));
      } else if (!was.equals(now)) {
        add(
            ENUM_CONST_CHANGED,
            loc,
            path + "." + now.get(0),
            "enum constant "
                + n
                + " was renamed from "
                + String.join("/", was)
                + " to "
                + String.join("/", now)
                + "; wire-compatible, but JSON and text formats carry the name",
            "keep the old name as an alias (`option allow_alias = true;`) while JSON consumers"
                + " migrate",
            String.join("/", was) + " -> " + String.join("/", now),
            constantPosition(a, now.get(0)));
      }
    }
  }

  private static Map<Integer, List<String>> constantsByNumber(EnumType e) {
    Map<Integer, List<String>> byNumber = new TreeMap<>();
    for (EnumConstant c : e.getConstants()) {
      byNumber.computeIfAbsent(c.getTag(), k -> new ArrayList<>()).add(c.getName());
    }
    return byNumber;
  }

  private static SourcePosition constantPosition(EnumType e, String name) {
    EnumConstant c = e.constant(name);
    return position(c == null ? e.getLocation() : c.getLocation());
  }

  // ---------------------------------------------------------------- messages

  private void compareMessage(MessageType b, MessageType a, String location, String path) {
    Map<Integer, Field> beforeFields = byTag(b.getFieldsAndOneOfFields());
    Map<Integer, Field> afterFields = byTag(a.getFieldsAndOneOfFields());
    Map<Integer, String> beforeOneOf = oneOfByTag(b);
    Map<Integer, String> afterOneOf = oneOfByTag(a);
    Set<String> beforeOneOfs = oneOfNames(b);
    Set<String> afterOneOfs = oneOfNames(a);
    SourcePosition messagePosition = position(a.getLocation());

    for (String name : beforeOneOfs) {
      if (!afterOneOfs.contains(name)) {
        add(
            ONEOF_REMOVED,
            location + "/" + name,
            path + "." + name,
            "oneof '" + name + "' was removed (its fields are reported on their own)",
            "none needed",
            name,
            messagePosition);
      }
    }
    for (String name : afterOneOfs) {
      if (!beforeOneOfs.contains(name)) {
        add(
            ONEOF_ADDED,
            location + "/" + name,
            path + "." + name,
            "oneof '" + name + "' was added",
            "none needed",
            name,
            position(a.oneOf(name).getLocation()));
      }
    }

    // A new oneof that gathers fields from more than one place (top-level fields, other oneofs).
    Set<String> gatheringOneOfs = new HashSet<>();
    for (OneOf oneOf : a.getOneOfs()) {
      if (beforeOneOfs.contains(oneOf.getName())) {
        continue;
      }
      Set<String> origins = new LinkedHashSet<>();
      List<String> moved = new ArrayList<>();
      for (Field f : oneOf.getFields()) {
        if (beforeFields.containsKey(f.getTag())) {
          String from = beforeOneOf.get(f.getTag());
          origins.add(from == null ? "field " + f.getTag() : "oneof " + from);
          moved.add(f.getName() + " = " + f.getTag());
        }
      }
      if (origins.size() > 1) {
        gatheringOneOfs.add(oneOf.getName());
        add(
            MULTIPLE_FIELDS_MOVED_TO_ONEOF,
            location + "/" + oneOf.getName(),
            path + "." + oneOf.getName(),
            "fields "
                + moved
                + " moved into the new oneof '"
                + oneOf.getName()
                + "': data written with "
                + versionLabel
                + " may set several of them, and the new schema keeps only the last one",
            "leave those fields outside the oneof; if only one may be set, add a new oneof with"
                + " new field numbers and deprecate the old fields",
            String.join(", ", moved),
            position(oneOf.getLocation()));
      }
    }

    Set<Integer> tags = new TreeSet<>(beforeFields.keySet());
    tags.addAll(afterFields.keySet());
    for (int tag : tags) {
      Field was = beforeFields.get(tag);
      Field now = afterFields.get(tag);
      String loc = location + "/" + tag;
      if (now == null) {
        String fieldPath = path + "." + was.getName();
        String oneOf = beforeOneOf.get(tag);
        if (was.isRequired()) {
          add(
              REQUIRED_FIELD_REMOVED,
              loc,
              fieldPath,
              "required field '"
                  + was.getName()
                  + "' = "
                  + tag
                  + " was removed: readers on "
                  + versionLabel
                  + " reject every record written without it",
              "keep `" + was.getName() + "`: a required field can never be removed",
              describe(was),
              messagePosition);
        } else if (oneOf != null && afterOneOfs.contains(oneOf)) {
          add(
              ONEOF_FIELD_REMOVED,
              loc,
              fieldPath,
              "field '"
                  + was.getName()
                  + "' = "
                  + tag
                  + " was removed from oneof '"
                  + oneOf
                  + "': data written with "
                  + versionLabel
                  + " that set it reads as if the oneof were unset",
              "keep `" + was.getName() + "` in the oneof and mark it `[deprecated = true]`",
              describe(was),
              messagePosition);
        } else {
          add(
              FIELD_REMOVED,
              loc,
              fieldPath,
              "field '"
                  + was.getName()
                  + "' = "
                  + tag
                  + " was removed; readers skip it in old data, and old readers see its default",
              "reserve the number and name so they are never reused: `reserved "
                  + tag
                  + "; reserved \""
                  + was.getName()
                  + "\";`",
              describe(was),
              messagePosition);
        }
      } else if (was == null) {
        String fieldPath = path + "." + now.getName();
        String oneOf = afterOneOf.get(tag);
        if (now.isRequired()) {
          add(
              REQUIRED_FIELD_ADDED,
              loc,
              fieldPath,
              "required field '"
                  + now.getName()
                  + "' = "
                  + tag
                  + " was added: records written with "
                  + versionLabel
                  + " do not have it and fail to parse",
              "add `" + now.getName() + "` as an optional field",
              describe(now),
              position(now.getLocation()));
        } else if (oneOf != null && beforeOneOfs.contains(oneOf)) {
          add(
              ONEOF_FIELD_ADDED,
              loc,
              fieldPath,
              "field '"
                  + now.getName()
                  + "' = "
                  + tag
                  + " was added to the existing oneof '"
                  + oneOf
                  + "': readers on "
                  + versionLabel
                  + " do not know it, so a record that sets it looks to them as if the oneof"
                  + " were unset",
              "under FORWARD or FULL, add `"
                  + now.getName()
                  + "` outside the oneof, or make sure consumers treat an unset oneof as"
                  + " 'unknown case'",
              describe(now),
              position(now.getLocation()));
        } else {
          add(
              FIELD_ADDED,
              loc,
              fieldPath,
              "field '"
                  + now.getName()
                  + "' = "
                  + tag
                  + " was added; old readers skip it, and the new schema sees its default in"
                  + " old data",
              "none needed",
              describe(now),
              position(now.getLocation()));
        }
      } else {
        compareField(was, now, loc, path);
        compareOneOfMembership(
            was,
            now,
            loc,
            path,
            beforeOneOf,
            afterOneOf,
            beforeOneOfs,
            afterOneOfs,
            afterFields,
            gatheringOneOfs);
      }
    }
  }

  private void compareOneOfMembership(
      Field was,
      Field now,
      String loc,
      String path,
      Map<Integer, String> beforeOneOf,
      Map<Integer, String> afterOneOf,
      Set<String> beforeOneOfs,
      Set<String> afterOneOfs,
      Map<Integer, Field> afterFields,
      Set<String> gatheringOneOfs) {
    int tag = now.getTag();
    String from = beforeOneOf.get(tag);
    String to = afterOneOf.get(tag);
    if (Objects.equals(from, to)) {
      return;
    }
    String fieldPath = path + "." + now.getName();
    SourcePosition where = position(now.getLocation());
    if (to != null) {
      if (beforeOneOfs.contains(to)) {
        add(
            FIELD_MOVED_TO_EXISTING_ONEOF,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " moved into the existing oneof '"
                + to
                + "': a record that sets it and another member of '"
                + to
                + "' loses one of them when read with the other schema",
            "keep `"
                + now.getName()
                + "` where it was; moving fields into an existing oneof is"
                + " never safe",
            (from == null ? "top level" : "oneof " + from) + " -> oneof " + to,
            where);
      } else if (from == null && !gatheringOneOfs.contains(to)) {
        add(
            FIELD_MOVED_TO_NEW_ONEOF,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " moved into the new oneof '"
                + to
                + "'; moving a single field into a new oneof is wire-compatible",
            "none needed",
            "top level -> oneof " + to,
            where);
      }
      // from != null and a new oneof: the oneof was renamed (or gathers fields, reported once).
      return;
    }
    // Moved out of oneof `from` to the top level.
    boolean oneOfSurvives = afterOneOfs.contains(from);
    List<String> formerSiblings = new ArrayList<>();
    for (Map.Entry<Integer, String> e : beforeOneOf.entrySet()) {
      if (e.getKey() != tag && e.getValue().equals(from) && afterFields.containsKey(e.getKey())) {
        formerSiblings.add(afterFields.get(e.getKey()).getName());
      }
    }
    boolean breaksForward = !formerSiblings.isEmpty();
    String consequence =
        breaksForward
            ? "; new data may set it together with "
                + formerSiblings
                + ", and readers on "
                + versionLabel
                + " keep only one of them"
            : "";
    String backwardNote =
        oneOfSurvives
            ? " (Confluent also rejects this under BACKWARD, as a field removed from a surviving"
                + " oneof)"
            : "";
    add(
        new ProtobufChange(
            FIELD_MOVED_OUT_OF_ONEOF,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " moved out of oneof '"
                + from
                + "'"
                + consequence
                + backwardNote
                + (breaksForward || oneOfSurvives
                    ? ""
                    : "; it was the oneof's only member, so this is wire-compatible"),
            "keep `" + now.getName() + "` in oneof `" + from + "`",
            "oneof " + from + " -> top level",
            oneOfSurvives,
            breaksForward,
            where));
  }

  // ---------------------------------------------------------------- fields

  private void compareField(Field was, Field now, String loc, String path) {
    int tag = now.getTag();
    String fieldPath = path + "." + now.getName();
    SourcePosition where = position(now.getLocation());
    if (!was.getName().equals(now.getName())) {
      add(
          FIELD_NAME_CHANGED,
          loc,
          fieldPath,
          "field "
              + tag
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
    boolean typeBroke = compareFieldTypes(was.getType(), now.getType(), loc, fieldPath, where, "");
    if (!typeBroke && was.isRepeated() != now.isRepeated() && !now.getType().isMap()) {
      String change = was.isRepeated() ? "repeated to singular" : "singular to repeated";
      Kind kind = kind(now.getType(), afterSchema);
      if (kind == Kind.MESSAGE) {
        add(
            FIELD_MESSAGE_LABEL_CHANGED,
            loc,
            fieldPath,
            "message field '"
                + now.getName()
                + "' = "
                + tag
                + " changed from "
                + change
                + "; wire-compatible: a singular reader merges all elements into one message",
            "none needed",
            change,
            where);
      } else if (scalarGroup(now.getType(), afterSchema) == ScalarGroup.LENGTH_DELIMITED) {
        add(
            FIELD_STRING_OR_BYTES_LABEL_CHANGED,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " ("
                + now.getType()
                + ") changed from "
                + change
                + "; wire-compatible: a singular reader keeps the last element",
            "none needed",
            change,
            where);
      } else {
        add(
            FIELD_NUMERIC_LABEL_CHANGED,
            loc,
            fieldPath,
            "numeric field '"
                + now.getName()
                + "' = "
                + tag
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
    if (was.isRequired() != now.isRequired()) {
      if (now.isRequired()) {
        add(
            FIELD_BECAME_REQUIRED,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " became required: records written with "
                + versionLabel
                + " may lack it and then fail to parse",
            "keep `" + now.getName() + "` optional",
            label(was) + " -> required",
            where);
      } else {
        add(
            FIELD_NO_LONGER_REQUIRED,
            loc,
            fieldPath,
            "field '"
                + now.getName()
                + "' = "
                + tag
                + " is no longer required: readers on "
                + versionLabel
                + " reject records written without it",
            "keep `" + now.getName() + "` required until no reader on an older version remains",
            "required -> " + label(now),
            where);
      }
    }
  }

  /** Reports a kind, scalar-group or named-type change; returns whether one was reported. */
  private boolean compareFieldTypes(
      ProtoType was,
      ProtoType now,
      String loc,
      String fieldPath,
      SourcePosition where,
      String part) {
    Kind wasKind = kind(was, beforeSchema);
    Kind nowKind = kind(now, afterSchema);
    String leaf = leaf(fieldPath);
    if (wasKind != nowKind) {
      add(
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
    switch (wasKind) {
      case SCALAR -> {
        ScalarGroup from = scalarGroup(was, beforeSchema);
        ScalarGroup to = scalarGroup(now, afterSchema);
        if (from != to) {
          add(
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
        return false;
      }
      case MAP -> {
        return compareFieldTypes(
                was.getKeyType(), now.getKeyType(), loc, fieldPath, where, "map key of ")
            || compareFieldTypes(
                was.getValueType(), now.getValueType(), loc, fieldPath, where, "map value of ");
      }
      default -> {
        String wasName = localName(was, beforeSchema);
        String nowName = localName(now, afterSchema);
        if (!wasName.equals(nowName)) {
          add(
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
        followImported(was, now);
        return false;
      }
    }
  }

  /** Message types from imported files are compared where a field uses them, once per pair. */
  private void followImported(ProtoType was, ProtoType now) {
    Type b = beforeSchema.getType(was);
    Type a = afterSchema.getType(now);
    if (!(b instanceof MessageType bm) || !(a instanceof MessageType am)) {
      return;
    }
    boolean imported =
        !b.getLocation().getPath().equals(before.path())
            || !a.getLocation().getPath().equals(after.path());
    if (!imported || !followedImports.add(was + "->" + now)) {
      return;
    }
    String name = localName(now, afterSchema);
    compareMessage(bm, am, "#/" + name, name);
    compareTypes(bm.getNestedTypes(), am.getNestedTypes(), "#/" + name + "/", name + ".", am);
  }

  // ---------------------------------------------------------------- helpers

  private static Kind kind(ProtoType type, Schema schema) {
    if (type.isMap()) {
      return Kind.MAP;
    }
    if (type.isScalar() || schema.getType(type) instanceof EnumType) {
      return Kind.SCALAR;
    }
    return Kind.MESSAGE;
  }

  private static ScalarGroup scalarGroup(ProtoType type, Schema schema) {
    if (schema.getType(type) instanceof EnumType) {
      return ScalarGroup.VARINT;
    }
    return switch (type.toString()) {
      case "int32", "int64", "uint32", "uint64", "bool" -> ScalarGroup.VARINT;
      case "sint32", "sint64" -> ScalarGroup.ZIGZAG;
      case "string", "bytes" -> ScalarGroup.LENGTH_DELIMITED;
      case "fixed32", "sfixed32" -> ScalarGroup.FIXED32;
      case "fixed64", "sfixed64" -> ScalarGroup.FIXED64;
      case "float" -> ScalarGroup.FLOAT;
      case "double" -> ScalarGroup.DOUBLE;
      default -> throw new IllegalStateException("not a scalar: " + type);
    };
  }

  /** The type's name without the package of the file that declares it: "Payment.Card". */
  private static String localName(ProtoType type, Schema schema) {
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

  private static Map<Integer, Field> byTag(List<Field> fields) {
    Map<Integer, Field> byTag = new TreeMap<>();
    for (Field f : fields) {
      byTag.put(f.getTag(), f);
    }
    return byTag;
  }

  private static Map<Integer, String> oneOfByTag(MessageType m) {
    Map<Integer, String> byTag = new HashMap<>();
    for (OneOf o : m.getOneOfs()) {
      for (Field f : o.getFields()) {
        byTag.put(f.getTag(), o.getName());
      }
    }
    return byTag;
  }

  private static Set<String> oneOfNames(MessageType m) {
    return m.getOneOfs().stream()
        .map(OneOf::getName)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String describe(Field f) {
    return label(f) + " " + f.getType() + " " + f.getName() + " = " + f.getTag();
  }

  private static String label(Field f) {
    if (f.isRequired()) {
      return "required";
    }
    if (f.isRepeated()) {
      return "repeated";
    }
    return f.isOneOf() ? "oneof" : "optional";
  }

  private static String leaf(String fieldPath) {
    int dot = fieldPath.lastIndexOf('.');
    return dot >= 0 ? fieldPath.substring(dot + 1) : fieldPath;
  }

  private static SourcePosition position(Location l) {
    return l == null ? null : new SourcePosition(l.getPath(), l.getLine(), l.getColumn());
  }

  private static SourcePosition parentPosition(Object parent) {
    if (parent instanceof Type t) {
      return position(t.getLocation());
    }
    if (parent instanceof ProtoFile f) {
      return position(f.getLocation());
    }
    return null;
  }

  private void add(
      IncompatibilityType type,
      String location,
      String fieldPath,
      String message,
      String fix,
      String detail,
      SourcePosition source) {
    add(
        new ProtobufChange(
            type,
            location,
            fieldPath,
            message,
            fix,
            detail,
            type.breaks(org.pactum.registry.core.Direction.BACKWARD),
            type.breaks(org.pactum.registry.core.Direction.FORWARD),
            source));
  }

  private void add(ProtobufChange change) {
    changes.add(change);
  }
}
