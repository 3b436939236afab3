package org.pactum.registry.core.schema;

import java.util.Objects;

/**
 * What one format's rules found when comparing an existing schema with a new one in one direction,
 * before the checker attaches the version. {@code breaking} false makes it a note.
 */
public record Finding(
    IncompatibilityType type,
    String location,
    String fieldPath,
    String message,
    String suggestedFix,
    String detail,
    boolean breaking,
    SourcePosition source) {
  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fieldPath, "fieldPath");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestedFix, "suggestedFix");
    Objects.requireNonNull(detail, "detail");
  }
}
