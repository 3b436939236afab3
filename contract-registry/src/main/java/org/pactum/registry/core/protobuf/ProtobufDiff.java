package org.pactum.registry.core.protobuf;

import static org.pactum.registry.core.schema.IncompatibilityType.PACKAGE_CHANGED;

import java.util.List;

/**
 * The diff behind {@link ProtobufCompatibilityRules}: walks the main file's messages and enums
 * (nested ones included) by name, matches fields by tag and enum constants by number, and follows
 * fields into message types defined in imported files. One instance per comparison.
 *
 * <p>The work is shared out: {@link TypeComparer} walks types, {@link MessageComparer}, {@link
 * OneOfComparer}, {@link FieldComparer}, {@link FieldTypeComparer} and {@link EnumComparer} compare
 * one kind of element each, and {@link ProtobufFindings} collects the changes in order.
 */
final class ProtobufDiff {

  private final ProtobufParsedSchema before;
  private final ProtobufParsedSchema after;
  private final ProtobufFindings findings;

  ProtobufDiff(ProtobufParsedSchema before, ProtobufParsedSchema after, Integer version) {
    this.before = before;
    this.after = after;
    this.findings = new ProtobufFindings(version);
  }

  List<ProtobufChange> run() {
    if (!before.packageName().equals(after.packageName())) {
      findings.add(
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
          ProtoNames.position(after.file().getLocation()));
    }
    new TypeComparer(before, after, findings).compareFiles();
    return findings.toList();
  }
}
