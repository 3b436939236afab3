package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.Owner;

/**
 * The semantic diff of two versions of a contract: which guarantees were removed or weakened
 * (errors), added or tightened (warnings), and what else changed (infos). Every change says which
 * file and line it is about. The table of kinds and severities is in {@code contracts/README.md},
 * "Semantic diff".
 *
 * <p>The diff compares the contract documents; whether the schema files themselves are compatible
 * under the compatibility mode is the schema compatibility check's job.
 */
public final class ContractDiffer {

  private static final Comparator<SemanticChange> ORDER =
      Comparator.comparing(SemanticChange::severity)
          .thenComparing(c -> c.side() == Side.AFTER ? 0 : 1)
          .thenComparing(SemanticChange::position)
          .thenComparing(SemanticChange::kind)
          .thenComparing(SemanticChange::subject);

  /** The changes from {@code before} (the old version) to {@code after} (the new one). */
  public ContractDiff diff(DataContract before, DataContract after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Findings f = new Findings(before, after);
    identity(before, after, f);
    status(before.status(), after.status(), f);
    owner(before.owner(), after.owner(), f);
    documentation(before, after, f);
    SchemaDiffer.diff(before.schema(), after.schema(), f);
    dataset(before.dataset(), after.dataset(), f);
    new CheckDiffer(f).diff(before.checks(), after.checks());
    PiiDiffer.diff(before.pii(), after.pii(), f);

    boolean draft = before.status() == ContractStatus.DRAFT;
    List<SemanticChange> changes = new ArrayList<>(draft(draft, f.changes()));
    changes.addAll(draft(draft, new VersionRule().check(before, after, changes)));
    changes.sort(ORDER);
    return new ContractDiff(changes);
  }

  /**
   * A draft promises nothing yet ("nothing is enforced on producers"), so changing it breaks no
   * one: its errors are reported as warnings, saying why.
   */
  private static List<SemanticChange> draft(boolean draft, List<SemanticChange> changes) {
    if (!draft) {
      return changes;
    }
    return changes.stream()
        .map(
            c ->
                c.severity() == ChangeSeverity.ERROR
                    ? c.withSeverity(
                        ChangeSeverity.WARNING,
                        " (not breaking: the old version is a draft, which promises nothing yet)")
                    : c)
        .toList();
  }

  // ---- identity, life cycle, owner, documentation ---------------------------------------------

  private static void identity(DataContract before, DataContract after, Findings f) {
    if (before.id() != null && !before.id().equals(after.id())) {
      f.afterAt(
          ChangeKind.CONTRACT_ID_CHANGED,
          ChangeSeverity.ERROR,
          "id",
          "id changed: "
              + before.id()
              + " → "
              + after.id()
              + "; the id is the registry subject, so this is another contract, and consumers of "
              + before.id()
              + " lose every guarantee",
          "keep the id " + before.id() + ", or publish " + after.id() + " as a new contract");
    }
  }

  private static void status(ContractStatus before, ContractStatus after, Findings f) {
    if (before == after || before == null || after == null) {
      return;
    }
    String change = "status " + before.yamlName() + " → " + after.yamlName();
    ChangeSeverity severity;
    String why;
    String fix = null;
    if (after == ContractStatus.RETIRED && before == ContractStatus.ACTIVE) {
      severity = ChangeSeverity.ERROR;
      why = ": the contract is no longer in force, without the deprecation period consumers need";
      fix = "deprecate the contract first (status: deprecated) and retire it in a later version";
    } else if (after == ContractStatus.DRAFT && before != ContractStatus.RETIRED) {
      severity = ChangeSeverity.ERROR;
      why = ": a draft is not enforced, so consumers lose every guarantee";
      fix = "keep the contract " + before.yamlName() + " and draft changes in a new version";
    } else if (after == ContractStatus.RETIRED && before == ContractStatus.DEPRECATED) {
      severity = ChangeSeverity.WARNING;
      why = ": the announced end of life; remaining consumers lose every guarantee";
    } else if (after == ContractStatus.DEPRECATED) {
      severity = ChangeSeverity.WARNING;
      why = ": consumers should move off it";
      fix = "say in the description what consumers should move to";
    } else {
      severity = ChangeSeverity.INFO;
      why = after == ContractStatus.ACTIVE ? ": the contract is in force" : ": nothing is enforced";
    }
    f.afterAt(ChangeKind.STATUS_CHANGED, severity, "status", change + why, fix);
  }

  private static void owner(Owner before, Owner after, Findings f) {
    if (before == null || blank(before.team())) {
      return;
    }
    if (after == null || blank(after.team())) {
      f.beforeAt(
          ChangeKind.OWNER_REMOVED,
          ChangeSeverity.ERROR,
          "owner",
          "owner removed: nobody answers for the contract; incidents and questions have nowhere"
              + " to go",
          "name the owning team in owner.team");
      return;
    }
    if (!before.team().equals(after.team())) {
      f.afterAt(
          ChangeKind.OWNER_CHANGED,
          ChangeSeverity.WARNING,
          "owner.team",
          "owner changed: "
              + before.team()
              + " → "
              + after.team()
              + "; incidents and questions now go to "
              + after.team(),
          "make sure " + after.team() + " has agreed to own the contract");
    }
    contact("email", before.email(), after.email(), ChangeSeverity.WARNING, f);
    contact("slack", before.slack(), after.slack(), ChangeSeverity.WARNING, f);
    contact("pagerduty", before.pagerduty(), after.pagerduty(), ChangeSeverity.ERROR, f);
  }

  private static void contact(
      String key, String before, String after, ChangeSeverity removal, Findings f) {
    String path = "owner." + key;
    if (Objects.equals(before, after)) {
      return;
    }
    if (!blank(before) && blank(after)) {
      f.beforeAt(
          ChangeKind.OWNER_CONTACT_REMOVED,
          removal,
          path,
          path
              + " removed ("
              + before
              + ")"
              + (key.equals("pagerduty")
                  ? ": incidents no longer page anyone"
                  : ": one less way to reach the owner"),
          key.equals("pagerduty") ? "keep an on-call PagerDuty key for the contract" : null);
    } else {
      f.afterAt(
          ChangeKind.OWNER_CONTACT_CHANGED,
          ChangeSeverity.INFO,
          path,
          blank(before) ? path + " added: " + after : path + " changed: " + before + " → " + after,
          null);
    }
  }

  private static void documentation(DataContract before, DataContract after, Findings f) {
    String was = normalize(before.description());
    String now = normalize(after.description());
    if (!was.equals(now)) {
      String message =
          was.isEmpty()
              ? "description added"
              : now.isEmpty() ? "description removed" : "description changed";
      if (now.isEmpty()) {
        f.beforeAt(
            ChangeKind.DESCRIPTION_CHANGED, ChangeSeverity.INFO, "description", message, null);
      } else {
        f.afterAt(
            ChangeKind.DESCRIPTION_CHANGED, ChangeSeverity.INFO, "description", message, null);
      }
    }
    Set<String> added = CheckDiffer.difference(after.tags(), before.tags());
    Set<String> removed = CheckDiffer.difference(before.tags(), after.tags());
    if (!added.isEmpty() || !removed.isEmpty()) {
      List<String> parts = new ArrayList<>();
      if (!added.isEmpty()) {
        parts.add("added " + String.join(", ", added));
      }
      if (!removed.isEmpty()) {
        parts.add("removed " + String.join(", ", removed));
      }
      f.afterAt(
          ChangeKind.TAGS_CHANGED,
          ChangeSeverity.INFO,
          "tags",
          "tags " + String.join("; ", parts),
          null);
    }
  }

  /** Whitespace differences (re-wrapped YAML blocks) are not changes. */
  private static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  // ---- dataset --------------------------------------------------------------------------------

  private static void dataset(Dataset before, Dataset after, Findings f) {
    if (before == null && after == null) {
      return;
    }
    if (after == null) {
      f.beforeAt(
          ChangeKind.DATASET_REMOVED,
          ChangeSeverity.ERROR,
          "dataset",
          "dataset removed: the checks no longer run anywhere, so none of them is enforced",
          "keep the dataset section");
      return;
    }
    if (before == null) {
      f.afterAt(
          ChangeKind.DATASET_ADDED,
          ChangeSeverity.WARNING,
          "dataset",
          "dataset added: the checks start running on "
              + after.datasource()
              + "/"
              + after.table()
              + " and existing data may fail them",
          "run the checks against current data (pactum checks run) before merging");
      return;
    }
    boolean tableMoved = !Objects.equals(before.table(), after.table());
    boolean sourceMoved = !Objects.equals(before.datasource(), after.datasource());
    if (tableMoved || sourceMoved) {
      f.afterAt(
          ChangeKind.DATASET_CHANGED,
          ChangeSeverity.ERROR,
          tableMoved ? "dataset.table" : "dataset.datasource",
          "dataset moved: "
              + before.datasource()
              + "/"
              + before.table()
              + " → "
              + after.datasource()
              + "/"
              + after.table()
              + "; consumers reading the old location get no new data, and check history starts"
              + " afresh",
          "keep loading the old location until consumers have moved, and publish the move as a"
              + " new MAJOR version");
    }
    String was = normalize(before.loadScope());
    String now = normalize(after.loadScope());
    if (!was.equals(now)) {
      String message =
          was.isEmpty()
              ? "dataset.load_scope added: checks now judge only the rows matching " + now
              : now.isEmpty()
                  ? "dataset.load_scope removed: checks now judge the whole table, not only the"
                      + " rows matching "
                      + was
                  : "dataset.load_scope changed: " + was + " → " + now;
      String fix = "run the checks against current data (pactum checks run) before merging";
      if (now.isEmpty()) {
        f.beforeAt(
            ChangeKind.LOAD_SCOPE_CHANGED,
            ChangeSeverity.WARNING,
            "dataset.load_scope",
            message,
            fix);
      } else {
        f.afterAt(
            ChangeKind.LOAD_SCOPE_CHANGED,
            ChangeSeverity.WARNING,
            "dataset.load_scope",
            message + "; which rows a run judges changed",
            fix);
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
