package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.protobuf.ProtoNames.describe;
import static org.pactum.registry.core.protobuf.ProtoNames.position;
import static org.pactum.registry.core.protobuf.ProtoNames.quoted;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.FIELD_REMOVED;
import static org.pactum.registry.core.schema.IncompatibilityType.ONEOF_FIELD_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.ONEOF_FIELD_REMOVED;
import static org.pactum.registry.core.schema.IncompatibilityType.REQUIRED_FIELD_ADDED;
import static org.pactum.registry.core.schema.IncompatibilityType.REQUIRED_FIELD_REMOVED;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one message matched by name: its oneofs, then its fields by tag (removed, added, or
 * changed).
 */
final class MessageComparer {

  private final ProtobufFindings findings;
  private final FieldComparer fields;
  private final OneOfComparer oneOfs;

  MessageComparer(ProtobufFindings findings, FieldComparer fields) {
    this.findings = findings;
    this.fields = fields;
    this.oneOfs = new OneOfComparer(findings);
  }

  void compare(MessageType b, MessageType a, String location, String path) {
    MessagePair m = MessagePair.of(b, a, location, path);
    Set<String> gatheringOneOfs = oneOfs.compareDeclarations(m);
    MatchedElements.compare(
        new TreeSet<>(),
        m.beforeFields(),
        m.afterFields(),
        (tag, was) -> fieldRemoved(m, was),
        (tag, now) -> fieldAdded(m, now),
        (tag, was, now) -> {
          fields.compare(was, now, m.childLocation(tag), path);
          oneOfs.compareMembership(m, now, gatheringOneOfs);
        });
  }

  private void fieldRemoved(MessagePair m, Field was) {
    int tag = was.getTag();
    String loc = m.childLocation(tag);
    String fieldPath = m.childPath(was.getName());
    String oneOf = m.beforeOneOfs().of(tag);
    if (was.isRequired()) {
      findings.add(
          REQUIRED_FIELD_REMOVED,
          loc,
          fieldPath,
          "required field "
              + quoted(was)
              + " was removed: readers on "
              + findings.versionLabel()
              + " reject every record written without it",
          "keep `" + was.getName() + "`: a required field can never be removed",
          describe(was),
          m.position());
    } else if (oneOf != null && m.afterOneOfs().contains(oneOf)) {
      findings.add(
          ONEOF_FIELD_REMOVED,
          loc,
          fieldPath,
          "field "
              + quoted(was)
              + " was removed from oneof '"
              + oneOf
              + "': data written with "
              + findings.versionLabel()
              + " that set it reads as if the oneof were unset",
          "keep `" + was.getName() + "` in the oneof and mark it `[deprecated = true]`",
          describe(was),
          m.position());
    } else {
      findings.add(
          FIELD_REMOVED,
          loc,
          fieldPath,
          "field "
              + quoted(was)
              + " was removed; readers skip it in old data, and old readers see its default",
          "reserve the number and name so they are never reused: `reserved "
              + tag
              + "; reserved \""
              + was.getName()
              + "\";`",
          describe(was),
          m.position());
    }
  }

  private void fieldAdded(MessagePair m, Field now) {
    int tag = now.getTag();
    String loc = m.childLocation(tag);
    String fieldPath = m.childPath(now.getName());
    String oneOf = m.afterOneOfs().of(tag);
    if (now.isRequired()) {
      findings.add(
          REQUIRED_FIELD_ADDED,
          loc,
          fieldPath,
          "required field "
              + quoted(now)
              + " was added: records written with "
              + findings.versionLabel()
              + " do not have it and fail to parse",
          "add `" + now.getName() + "` as an optional field",
          describe(now),
          position(now.getLocation()));
    } else if (oneOf != null && m.beforeOneOfs().contains(oneOf)) {
      findings.add(
          ONEOF_FIELD_ADDED,
          loc,
          fieldPath,
          "field "
              + quoted(now)
              + " was added to the existing oneof '"
              + oneOf
              + "': readers on "
              + findings.versionLabel()
              + " do not know it, so a record that sets it looks to them as if the oneof"
              + " were unset",
          "under FORWARD or FULL, add `"
              + now.getName()
              + "` outside the oneof, or make sure consumers treat an unset oneof as"
              + " 'unknown case'",
          describe(now),
          position(now.getLocation()));
    } else {
      findings.add(
          FIELD_ADDED,
          loc,
          fieldPath,
          "field "
              + quoted(now)
              + " was added; old readers skip it, and the new schema sees its default in"
              + " old data",
          "none needed",
          describe(now),
          position(now.getLocation()));
    }
  }
}
