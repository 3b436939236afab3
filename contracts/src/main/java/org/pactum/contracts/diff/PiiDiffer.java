package org.pactum.contracts.diff;

import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiField;

/**
 * The personal-data part of a contract diff: the subject and key erasure requests find rows by,
 * fields tagged or untagged as personal data, and weaker or stronger erasure actions.
 */
final class PiiDiffer {

  private PiiDiffer() {}

  static void diff(Pii before, Pii after, Findings f) {
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
