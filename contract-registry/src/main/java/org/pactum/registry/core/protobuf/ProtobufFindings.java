package org.pactum.registry.core.protobuf;

import java.util.ArrayList;
import java.util.List;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;
import org.pactum.registry.core.schema.SourcePosition;

/** Collects the changes of one comparison in the order they are found. */
final class ProtobufFindings {

  private final String versionLabel;
  private final List<ProtobufChange> changes = new ArrayList<>();

  ProtobufFindings(Integer version) {
    this.versionLabel = version == null ? "the existing schema" : "version " + version;
  }

  /** How messages name the existing schema: "version 3" or "the existing schema". */
  String versionLabel() {
    return versionLabel;
  }

  /** Adds a change that breaks the directions its type breaks. */
  void add(
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
            type.breaks(Direction.BACKWARD),
            type.breaks(Direction.FORWARD),
            source));
  }

  void add(ProtobufChange change) {
    changes.add(change);
  }

  List<ProtobufChange> toList() {
    return List.copyOf(changes);
  }
}
