package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.position;
import static org.pactum.registry.core.protobuf.ProtoNames.quoted;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_MOVED_OUT_OF_ONEOF;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_MOVED_TO_EXISTING_ONEOF;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_MOVED_TO_NEW_ONEOF;
import static org.pactum.registry.core.schema.IncompatibilityType.MULTIPLE_FIELDS_MOVED_TO_ONEOF;
import static org.pactum.registry.core.schema.IncompatibilityType.ONEOF_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.ONEOF_REMOVED;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.OneOf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pactum.registry.core.schema.SourcePosition;

/** Reports oneofs removed and added, and fields that moved into or out of a oneof. */
final class OneOfComparer {

  private final ProtobufFindings findings;

  OneOfComparer(ProtobufFindings findings) {
    this.findings = findings;
  }

  /**
   * Reports removed and added oneofs and new oneofs that gather fields from more than one place;
   * returns the names of those gathering oneofs.
   */
  Set<String> compareDeclarations(MessagePair m) {
    for (String name : m.beforeOneOfs().names()) {
      if (!m.afterOneOfs().contains(name)) {
        findings.add(
            ONEOF_REMOVED,
            m.childLocation(name),
            m.childPath(name),
            "oneof '" + name + "' was removed (its fields are reported on their own)",
            "none needed",
            name,
            m.position());
      }
    }
    for (String name : m.afterOneOfs().names()) {
      if (!m.beforeOneOfs().contains(name)) {
        findings.add(
            ONEOF_ADDED,
            m.childLocation(name),
            m.childPath(name),
            "oneof '" + name + "' was added",
            "none needed",
            name,
            position(m.after().oneOf(name).getLocation()));
      }
    }
    return gatheringOneOfs(m);
  }

  /** A new oneof that gathers fields from more than one place (top-level fields, other oneofs). */
  private Set<String> gatheringOneOfs(MessagePair m) {
    Set<String> gathering = new HashSet<>();
    for (OneOf oneOf : m.after().getOneOfs()) {
      if (m.beforeOneOfs().contains(oneOf.getName())) {
        continue;
      }
      Set<String> origins = new LinkedHashSet<>();
      List<String> moved = new ArrayList<>();
      for (Field f : oneOf.getFields()) {
        if (m.beforeFields().containsKey(f.getTag())) {
          String from = m.beforeOneOfs().of(f.getTag());
          origins.add(from == null ? "field " + f.getTag() : "oneof " + from);
          moved.add(f.getName() + " = " + f.getTag());
        }
      }
      if (origins.size() > 1) {
        gathering.add(oneOf.getName());
        findings.add(
            MULTIPLE_FIELDS_MOVED_TO_ONEOF,
            m.childLocation(oneOf.getName()),
            m.childPath(oneOf.getName()),
            "fields "
                + moved
                + " moved into the new oneof '"
                + oneOf.getName()
                + "': data written with "
                + findings.versionLabel()
                + " may set several of them, and the new schema keeps only the last one",
            "leave those fields outside the oneof; if only one may be set, add a new oneof with"
                + " new field numbers and deprecate the old fields",
            String.join(", ", moved),
            position(oneOf.getLocation()));
      }
    }
    return gathering;
  }

  /** Reports a field (present on both sides) that moved into, or out of, a oneof. */
  void compareMembership(MessagePair m, Field now, Set<String> gatheringOneOfs) {
    int tag = now.getTag();
    String from = m.beforeOneOfs().of(tag);
    String to = m.afterOneOfs().of(tag);
    if (Objects.equals(from, to)) {
      return;
    }
    String loc = m.childLocation(tag);
    String fieldPath = m.childPath(now.getName());
    SourcePosition where = position(now.getLocation());
    if (to != null) {
      if (m.beforeOneOfs().contains(to)) {
        findings.add(
            FIELD_MOVED_TO_EXISTING_ONEOF,
            loc,
            fieldPath,
            "field "
                + quoted(now)
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
        findings.add(
            FIELD_MOVED_TO_NEW_ONEOF,
            loc,
            fieldPath,
            "field "
                + quoted(now)
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
    movedOutOfOneOf(m, now, from, loc, fieldPath, where);
  }

  /** Moved out of oneof {@code from} to the top level. */
  private void movedOutOfOneOf(
      MessagePair m, Field now, String from, String loc, String fieldPath, SourcePosition where) {
    int tag = now.getTag();
    boolean oneOfSurvives = m.afterOneOfs().contains(from);
    List<String> formerSiblings = new ArrayList<>();
    for (Map.Entry<Integer, String> e : m.beforeOneOfs().byTag().entrySet()) {
      if (e.getKey() != tag
          && e.getValue().equals(from)
          && m.afterFields().containsKey(e.getKey())) {
        formerSiblings.add(m.afterFields().get(e.getKey()).getName());
      }
    }
    boolean breaksForward = !formerSiblings.isEmpty();
    String consequence =
        breaksForward
            ? "; new data may set it together with "
                + formerSiblings
                + ", and readers on "
                + findings.versionLabel()
                + " keep only one of them"
            : "";
    String backwardNote =
        oneOfSurvives
            ? " (Confluent also rejects this under BACKWARD, as a field removed from a surviving"
                + " oneof)"
            : "";
    findings.add(
        new ProtobufChange(
            FIELD_MOVED_OUT_OF_ONEOF,
            loc,
            fieldPath,
            "field "
                + quoted(now)
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
}
