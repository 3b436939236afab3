package org.pactum.contracts.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.SchemaSpec;

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
    schema(before.schema(), after.schema(), f);
    dataset(before.dataset(), after.dataset(), f);
    new CheckDiffer(f).diff(before.checks(), after.checks());
    pii(before.pii(), after.pii(), f);

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

  // ---- schema ---------------------------------------------------------------------------------

  private static void schema(SchemaSpec before, SchemaSpec after, Findings f) {
    if (before == null || after == null) {
      return;
    }
    if (before.format() != null && after.format() != null && before.format() != after.format()) {
      f.afterAt(
          ChangeKind.SCHEMA_FORMAT_CHANGED,
          ChangeSeverity.ERROR,
          "schema.format",
          "schema.format changed: "
              + before.format().name().toLowerCase(java.util.Locale.ROOT)
              + " → "
              + after.format().name().toLowerCase(java.util.Locale.ROOT)
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

  // ---- personal data --------------------------------------------------------------------------

  private static void pii(Pii before, Pii after, Findings f) {
    Map<String, PiiField> was = before == null ? Map.of() : before.fields();
    Map<String, PiiField> now = after == null ? Map.of() : after.fields();
    if (before != null && after == null && before.key() != null) {
      f.beforeAt(
          ChangeKind.PII_KEY_CHANGED,
          ChangeSeverity.ERROR,
          "pii.key",
          "pii removed: erasure requests for "
              + before.subject()
              + " subjects no longer find their rows by "
              + before.key(),
          "keep the pii section while the dataset holds personal data");
    }
    if (before != null && after != null) {
      if (before.subject() != null && !before.subject().equals(after.subject())) {
        f.afterAt(
            ChangeKind.PII_SUBJECT_CHANGED,
            ChangeSeverity.ERROR,
            "pii.subject",
            "pii.subject changed: "
                + before.subject()
                + " → "
                + after.subject()
                + "; erasure requests for "
                + before.subject()
                + " subjects no longer reach this dataset",
            "keep the subject " + before.subject());
      }
      if (before.key() != null && !before.key().equals(after.key())) {
        f.afterAt(
            ChangeKind.PII_KEY_CHANGED,
            ChangeSeverity.ERROR,
            "pii.key",
            "pii.key changed: "
                + before.key()
                + " → "
                + after.key()
                + "; erasure requests identify subjects by "
                + before.key()
                + " and would miss or hit the wrong rows",
            "keep " + before.key() + " as the key, or migrate pending erasure requests first");
      }
    }
    for (Map.Entry<String, PiiField> e : was.entrySet()) {
      String path = "pii.fields." + e.getKey();
      PiiField nowField = now.get(e.getKey());
      if (nowField == null) {
        f.beforeAt(
            ChangeKind.PII_FIELD_REMOVED,
            ChangeSeverity.ERROR,
            path,
            e.getKey()
                + " is no longer tagged as personal data: erasure requests will leave it in place"
                + " (was "
                + e.getValue().erasure().yamlName()
                + ")",
            "keep the tag "
                + e.getKey()
                + ": {erasure: "
                + e.getValue().erasure().yamlName()
                + (e.getValue().legalBasis() == null
                    ? ""
                    : ", legal_basis: \"" + e.getValue().legalBasis() + "\"")
                + "}");
      } else {
        piiField(e.getKey(), path, e.getValue(), nowField, f);
      }
    }
    for (Map.Entry<String, PiiField> e : now.entrySet()) {
      if (!was.containsKey(e.getKey())) {
        f.afterAt(
            ChangeKind.PII_FIELD_ADDED,
            ChangeSeverity.WARNING,
            "pii.fields." + e.getKey(),
            e.getKey()
                + " is now tagged as personal data: erasure requests will "
                + effect(e.getValue()),
            null);
      }
    }
  }

  private static void piiField(String column, String path, PiiField was, PiiField now, Findings f) {
    if (was.erasure() != now.erasure()) {
      int cmp = Integer.compare(strength(now.erasure()), strength(was.erasure()));
      String change =
          column + " erasure " + was.erasure().yamlName() + " → " + now.erasure().yamlName();
      if (cmp < 0) {
        f.afterAt(
            ChangeKind.PII_ERASURE_CHANGED,
            ChangeSeverity.ERROR,
            path,
            change + " is weaker: erasure will now " + effect(now) + " instead of " + effect(was),
            "keep erasure: " + was.erasure().yamlName());
      } else {
        f.afterAt(
            ChangeKind.PII_ERASURE_CHANGED,
            ChangeSeverity.WARNING,
            path,
            change
                + ": after an erasure, consumers will see "
                + outcome(now.erasure())
                + " instead of "
                + outcome(was.erasure())
                + (was.erasure() == ErasureAction.RETAIN
                    ? " (it was kept under: "
                        + was.legalBasis()
                        + "; make sure that no longer applies)"
                    : ""),
            null);
      }
    } else if (!Objects.equals(was.legalBasis(), now.legalBasis())) {
      f.afterAt(
          ChangeKind.PII_ERASURE_CHANGED,
          ChangeSeverity.WARNING,
          path,
          column
              + " is retained on another legal basis: \""
              + was.legalBasis()
              + "\" → \""
              + now.legalBasis()
              + "\"; check that the new basis still requires keeping the data",
          null);
    }
    if (!Objects.equals(was.category(), now.category())) {
      String from = was.category() == null ? "none" : was.category().yamlName();
      String to = now.category() == null ? "none" : now.category().yamlName();
      f.afterAt(
          ChangeKind.PII_CATEGORY_CHANGED,
          was.category() == null ? ChangeSeverity.INFO : ChangeSeverity.WARNING,
          path,
          column
              + " category "
              + from
              + " → "
              + to
              + (was.category() == null
                  ? ""
                  : ": masking and privacy reports treat it differently"),
          null);
    }
  }

  /**
   * How much of the subject an erasure action removes: deleting the row removes everything;
   * nullifying and redacting remove the value; a keyed hash keeps it linkable (pseudonymisation,
   * still personal data under the GDPR); retaining removes nothing (the value is kept on a legal
   * basis).
   */
  static int strength(ErasureAction action) {
    return switch (action) {
      case DELETE_ROW -> 3;
      case NULLIFY, REDACT -> 2;
      case HASH -> 1;
      case RETAIN -> 0;
    };
  }

  private static String effect(PiiField field) {
    return switch (field.erasure()) {
      case DELETE_ROW -> "delete the subject's row";
      case NULLIFY -> "set it to null";
      case REDACT -> "replace it with a redaction marker";
      case HASH -> "replace it with a keyed hash (still linkable)";
      case RETAIN -> "keep it unchanged (legal basis: " + field.legalBasis() + ")";
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String outcome(ErasureAction action) {
    return switch (action) {
      case DELETE_ROW -> "the row deleted";
      case NULLIFY -> "null";
      case REDACT -> "a redaction marker";
      case HASH -> "a keyed hash";
      case RETAIN -> "the value kept";
    };
  }
}
