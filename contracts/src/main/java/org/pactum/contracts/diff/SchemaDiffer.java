package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaSpec;

/**
 * The schema part of a contract diff: format, message and file, and whether the compatibility mode
 * was weakened or strengthened.
 */
final class SchemaDiffer {

  private SchemaDiffer() {}

  static void diff(SchemaSpec before, SchemaSpec after, Findings f) {
    if (before == null || after == null) {
      return;
    }
    if (before.format() != null && after.format() != null && before.format() != after.format()) {
      f.afterAt(
          ChangeKind.SCHEMA_FORMAT_CHANGED,
          ChangeSeverity.ERROR,
          "schema.format",
          "schema.format changed: "
              + before.format().name().toLowerCase(Locale.ROOT)
              + " → "
              + after.format().name().toLowerCase(Locale.ROOT)
              + "; consumers' deserializers cannot read the new records",
          "keep the format, or publish the new format under a new contract id");
    } else if (before.message() != null
        && after.message() != null
        && !before.message().equals(after.message())) {
      f.afterAt(
          ChangeKind.SCHEMA_MESSAGE_CHANGED,
          ChangeSeverity.WARNING,
          "schema.message",
          "schema.message changed: "
              + before.message()
              + " → "
              + after.message()
              + "; rows are now another message type (the schema compatibility check compares"
              + " their fields)",
          null);
    }
    if (before.file() != null && after.file() != null && !before.file().equals(after.file())) {
      f.afterAt(
          ChangeKind.SCHEMA_FILE_CHANGED,
          ChangeSeverity.INFO,
          "schema.file",
          "schema.file changed: " + before.file() + " → " + after.file(),
          null);
    }
    compatibility(before.compatibility(), after.compatibility(), f);
  }

  private static void compatibility(CompatibilityMode before, CompatibilityMode after, Findings f) {
    if (before == after) {
      return;
    }
    String change = "schema.compatibility " + before + " → " + after;
    if (!after.atLeastAsStrictAs(before)) {
      f.afterAt(
          ChangeKind.COMPATIBILITY_WEAKENED,
          ChangeSeverity.ERROR,
          "schema.compatibility",
          change + " weakened: " + lost(before, after),
          "keep " + before + " (or a stricter mode)");
    } else {
      f.afterAt(
          ChangeKind.COMPATIBILITY_STRENGTHENED,
          ChangeSeverity.WARNING,
          "schema.compatibility",
          change
              + " strengthened: future schema versions are checked more strictly, and the"
              + " registry may reject one that the old mode allowed",
          null);
    }
  }

  /** What consumers no longer get when the mode goes from {@code before} to {@code after}. */
  static String lost(CompatibilityMode before, CompatibilityMode after) {
    List<String> lost = new ArrayList<>();
    if (before.backward() && !after.backward()) {
      lost.add("new schemas no longer have to read data written with the old ones");
    }
    if (before.forward() && !after.forward()) {
      lost.add("readers on old schemas no longer have to be able to read new data");
    }
    if (before.transitive() && !after.transitive() && after != CompatibilityMode.NONE) {
      lost.add("new schemas are checked against the latest version only, not every earlier one");
    }
    return String.join("; ", lost);
  }
}
