package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SourcePosition;

/** Collects the changes of one diff and locates them in the old or the new contract file. */
final class Findings {

  private final DataContract before;
  private final DataContract after;
  private final List<SemanticChange> changes = new ArrayList<>();

  Findings(DataContract before, DataContract after) {
    this.before = before;
    this.after = after;
  }

  List<SemanticChange> changes() {
    return changes;
  }

  /** A change located in the new file at {@code position}. */
  void after(
      ChangeKind kind,
      ChangeSeverity severity,
      String subject,
      String message,
      String fix,
      SourcePosition position) {
    changes.add(
        new SemanticChange(
            kind, severity, subject, message, fix, orFallback(position, after), Side.AFTER));
  }

  /** A change located in the old file at {@code position} (something the new file lacks). */
  void before(
      ChangeKind kind,
      ChangeSeverity severity,
      String subject,
      String message,
      String fix,
      SourcePosition position) {
    changes.add(
        new SemanticChange(
            kind, severity, subject, message, fix, orFallback(position, before), Side.BEFORE));
  }

  /** A change located in the new file at the YAML path {@code path} (or its closest ancestor). */
  void afterAt(ChangeKind kind, ChangeSeverity severity, String path, String message, String fix) {
    after(kind, severity, path, message, fix, at(after, path));
  }

  /** A change located in the old file at the YAML path {@code path} (or its closest ancestor). */
  void beforeAt(ChangeKind kind, ChangeSeverity severity, String path, String message, String fix) {
    before(kind, severity, path, message, fix, at(before, path));
  }

  /**
   * Where {@code path} was written; for an element the file leaves to its default (a missing {@code
   * status}), the contract's {@code id} line, so annotations still land in the file.
   */
  static SourcePosition at(DataContract contract, String path) {
    SourcePosition p = contract.sourceMap().at(path);
    return p.known() ? p : contract.sourceMap().at("id");
  }

  private static SourcePosition orFallback(SourcePosition p, DataContract contract) {
    return p != null && p.known() ? p : contract.sourceMap().at("id");
  }
}
