package org.pactum.contracts.diff;

import java.util.Objects;
import org.pactum.contracts.model.SourcePosition;

/**
 * One semantic difference between two versions of a contract.
 *
 * @param kind what changed; stable, for machines (registry, dashboards, suppressions)
 * @param severity how much it matters; see {@link ChangeSeverity}
 * @param subject the check name ({@code range(amount)}) or the field path ({@code
 *     pii.fields.email}, {@code schema.compatibility}, {@code version}) the change is about
 * @param message a plain sentence for humans, starting with the subject
 * @param suggestedFix how to avoid or resolve the finding, or null when there is nothing to suggest
 * @param position where in the contract file of {@code side} the change is
 * @param side which file {@code position} is in: {@link Side#AFTER} (the new version) except for
 *     removals, which point at the element in the old version ({@link Side#BEFORE})
 */
public record SemanticChange(
    ChangeKind kind,
    ChangeSeverity severity,
    String subject,
    String message,
    String suggestedFix,
    SourcePosition position,
    Side side) {

  public SemanticChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(side, "side");
    if (position == null) {
      position = SourcePosition.UNKNOWN;
    }
  }

  public boolean isError() {
    return severity == ChangeSeverity.ERROR;
  }

  /** {@code line:col: severity: message [KIND]}, without the file name (the caller knows both). */
  public String format() {
    return position + ": " + severity.label() + ": " + message + " [" + kind + "]";
  }

  /** The same change with another severity (used when the old version was a draft). */
  SemanticChange withSeverity(ChangeSeverity newSeverity, String note) {
    return new SemanticChange(
        kind, newSeverity, subject, message + note, suggestedFix, position, side);
  }
}
