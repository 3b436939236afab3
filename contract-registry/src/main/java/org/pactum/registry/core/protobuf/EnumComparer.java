package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.position;
import static org.pactum.registry.core.schema.IncompatibilityType.ENUM_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.ENUM_CONST_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.ENUM_CONST_CHANGED;
import static org.pactum.registry.core.schema.IncompatibilityType.ENUM_CONST_REMOVED;
import static org.pactum.registry.core.schema.IncompatibilityType.ENUM_REMOVED;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.pactum.registry.core.schema.SourcePosition;

/** Reports enums that were removed or added, and enum constants matched by number. */
final class EnumComparer {

  private final ProtobufFindings findings;

  EnumComparer(ProtobufFindings findings) {
    this.findings = findings;
  }

  void removed(String location, String path, EnumType b, SourcePosition parentPosition) {
    findings.add(
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
  }

  void added(String location, String path, EnumType a) {
    findings.add(
        ENUM_ADDED,
        location,
        path,
        "enum '" + path + "' was added",
        "none needed",
        a.getType().toString(),
        position(a.getLocation()));
  }

  void compare(EnumType b, EnumType a, String location, String path) {
    MatchedElements.compare(
        new TreeSet<>(),
        constantsByNumber(b),
        constantsByNumber(a),
        (n, was) -> constantRemoved(a, location + "/" + n, path, n, was.get(0)),
        (n, now) -> constantAdded(a, location + "/" + n, path, n, now.get(0)),
        (n, was, now) -> {
          if (!was.equals(now)) {
            constantRenamed(a, location + "/" + n, path, n, was, now);
          }
        });
  }

  private void constantRemoved(EnumType a, String loc, String path, int n, String name) {
    findings.add(
        ENUM_CONST_REMOVED,
        loc,
        path + "." + name,
        "enum constant "
            + name
            + " = "
            + n
            + " was removed; readers of the new schema see the number as an unknown value",
        "reserve it so it is never reused: `reserved " + n + "; reserved \"" + name + "\";`",
        name + " = " + n,
        position(a.getLocation()));
  }

  private void constantAdded(EnumType a, String loc, String path, int n, String name) {
    findings.add(
        ENUM_CONST_ADDED,
        loc,
        path + "." + name,
        "enum constant "
            + name
            + " = "
            + n
            + " was added; readers on "
            + findings.versionLabel()
            + " see it as an unknown value (proto3 keeps the number, proto2 moves it to"
            + " unknown fields)",
        "make sure consumers handle unknown enum values",
        name + " = " + n,
        constantPosition(a, name));
  }

  private void constantRenamed(
      EnumType a, String loc, String path, int n, List<String> was, List<String> now) {
    findings.add(
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

  /** Constant names by number, aliases in declaration order. */
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
}
