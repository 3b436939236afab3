package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.position;
import static org.pactum.registry.core.schema.IncompatibilityType.MESSAGE_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.MESSAGE_MOVED;
import static org.pactum.registry.core.schema.IncompatibilityType.MESSAGE_REMOVED;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactum.registry.core.schema.SourcePosition;

/**
 * Walks the messages and enums of one level (a file or a message) by name, recursing into nested
 * types and into message types of imported files that fields use.
 */
final class TypeComparer {

  /** The messages and enums declared at one level, by simple name in declaration order. */
  private record TypesByName(Map<String, MessageType> messages, Map<String, EnumType> enums) {

    static TypesByName of(List<Type> types) {
      Map<String, MessageType> messages = new LinkedHashMap<>();
      Map<String, EnumType> enums = new LinkedHashMap<>();
      for (Type t : types) {
        if (t instanceof MessageType m) {
          messages.put(m.getType().getSimpleName(), m);
        } else if (t instanceof EnumType e) {
          enums.put(e.getType().getSimpleName(), e);
        }
      }
      return new TypesByName(messages, enums);
    }
  }

  private final ProtobufParsedSchema before;
  private final ProtobufParsedSchema after;
  private final ProtobufFindings findings;
  private final MessageComparer messages;
  private final EnumComparer enums;
  private final Set<String> followedImports = new HashSet<>();

  TypeComparer(ProtobufParsedSchema before, ProtobufParsedSchema after, ProtobufFindings findings) {
    this.before = before;
    this.after = after;
    this.findings = findings;
    FieldTypeComparer fieldTypes =
        new FieldTypeComparer(before.schema(), after.schema(), findings, this::followImported);
    this.messages =
        new MessageComparer(findings, new FieldComparer(after.schema(), findings, fieldTypes));
    this.enums = new EnumComparer(findings);
  }

  /** Compares the top-level types of the two main files. */
  void compareFiles() {
    compareTypes(
        before.file().getTypes(),
        after.file().getTypes(),
        TypePath.ROOT,
        position(after.file().getLocation()));
  }

  private void compareTypes(
      List<Type> beforeTypes, List<Type> afterTypes, TypePath at, SourcePosition parentPosition) {
    TypesByName b = TypesByName.of(beforeTypes);
    TypesByName a = TypesByName.of(afterTypes);
    List<String> beforeOrder = new ArrayList<>(b.messages().keySet());
    List<String> afterOrder = new ArrayList<>(a.messages().keySet());
    MatchedElements.compare(
        new LinkedHashSet<>(),
        b.messages(),
        a.messages(),
        (name, was) -> messageRemoved(at.location(name), at.path(name), was, parentPosition),
        (name, now) -> messageAdded(at.location(name), at.path(name), now),
        (name, was, now) -> {
          String location = at.location(name);
          String path = at.path(name);
          messages.compare(was, now, location, path);
          int from = beforeOrder.indexOf(name);
          int to = afterOrder.indexOf(name);
          if (from != to) {
            messageMoved(location, path, from, to, now);
          }
          compareTypes(
              was.getNestedTypes(),
              now.getNestedTypes(),
              at.nested(name),
              position(now.getLocation()));
        });
    MatchedElements.compare(
        new LinkedHashSet<>(),
        b.enums(),
        a.enums(),
        (name, was) -> enums.removed(at.location(name), at.path(name), was, parentPosition),
        (name, now) -> enums.added(at.location(name), at.path(name), now),
        (name, was, now) -> enums.compare(was, now, at.location(name), at.path(name)));
  }

  /** Message types from imported files are compared where a field uses them, once per pair. */
  private void followImported(ProtoType was, ProtoType now) {
    Type b = before.schema().getType(was);
    Type a = after.schema().getType(now);
    if (!(b instanceof MessageType bm) || !(a instanceof MessageType am)) {
      return;
    }
    boolean imported =
        !b.getLocation().getPath().equals(before.path())
            || !a.getLocation().getPath().equals(after.path());
    if (!imported || !followedImports.add(was + "->" + now)) {
      return;
    }
    String name = ProtoNames.localName(now, after.schema());
    messages.compare(bm, am, TypePath.ROOT.location(name), TypePath.ROOT.path(name));
    compareTypes(
        bm.getNestedTypes(),
        am.getNestedTypes(),
        TypePath.ROOT.nested(name),
        position(am.getLocation()));
  }

  private void messageRemoved(
      String location, String path, MessageType b, SourcePosition parentPosition) {
    findings.add(
        MESSAGE_REMOVED,
        location,
        path,
        "message '"
            + path
            + "' was removed: data written with "
            + findings.versionLabel()
            + " as "
            + path
            + " cannot be read with the new schema",
        "keep message `" + path + "` (mark it `option deprecated = true;` instead)",
        b.getType().toString(),
        parentPosition);
  }

  private void messageAdded(String location, String path, MessageType a) {
    findings.add(
        MESSAGE_ADDED,
        location,
        path,
        "message '"
            + path
            + "' was added: readers on "
            + findings.versionLabel()
            + " do not know it, so records written as "
            + path
            + " cannot be read by them",
        "under FORWARD or FULL, define `"
            + path
            + "` in a separate file the schema imports (imported types are compared where"
            + " fields use them), or publish it under its own subject",
        a.getType().toString(),
        position(a.getLocation()));
  }

  private void messageMoved(String location, String path, int from, int to, MessageType a) {
    findings.add(
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
}
