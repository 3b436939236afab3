package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.diff.DiffFixtures.diffBodies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.contracts.model.SourcePosition;

/** Changes to the {@code pii} section. */
class PiiDiffTest {

  private static String pii(String subject, String key, String fields) {
    return "pii:\n  subject: " + subject + "\n  key: " + key + "\n  fields:\n" + fields;
  }

  private static final String FIELDS =
      "    customer_id: {erasure: delete_row, category: identifier}\n"
          + "    email: {erasure: nullify, category: email}\n";

  private static SemanticChange only(ContractDiff diff, ChangeKind kind, ChangeSeverity severity) {
    assertThat(diff.changes()).hasSize(1);
    SemanticChange c = diff.changes().get(0);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.severity()).isEqualTo(severity);
    return c;
  }

  @Test
  void aRemovedPiiTagIsAnErrorInTheOldFile() {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", FIELDS),
                pii(
                    "customer",
                    "customer_id",
                    "    customer_id: {erasure: delete_row, category: identifier}\n")),
            ChangeKind.PII_FIELD_REMOVED,
            ChangeSeverity.ERROR);
    assertThat(c.subject()).isEqualTo("pii.fields.email");
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position()).isEqualTo(SourcePosition.of(14, 5));
    assertThat(c.message())
        .isEqualTo(
            "email is no longer tagged as personal data: erasure requests will leave it in place"
                + " (was nullify)");
    assertThat(c.suggestedFix()).isEqualTo("keep the tag email: {erasure: nullify}");
  }

  @Test
  void removingThePiiSectionRemovesEveryTagAndTheKey() {
    ContractDiff diff = diffBodies(pii("customer", "customer_id", FIELDS), "");

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.PII_KEY_CHANGED, "pii.key"),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.PII_FIELD_REMOVED, "pii.fields.customer_id"),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.PII_FIELD_REMOVED, "pii.fields.email"));
    assertThat(diff.changes()).allMatch(c -> c.side() == Side.BEFORE && c.isError());
  }

  @Test
  void aNewPiiTagIsAWarning() {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", FIELDS),
                pii("customer", "customer_id", FIELDS + "    phone: hash\n")),
            ChangeKind.PII_FIELD_ADDED,
            ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            "phone is now tagged as personal data: erasure requests will replace it with a keyed"
                + " hash (still linkable)");
    assertThat(c.position()).isEqualTo(SourcePosition.of(15, 5));
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "nullify, hash, ERROR",
    "redact, hash, ERROR",
    "delete_row, nullify, ERROR",
    "hash, nullify, WARNING",
    "nullify, delete_row, WARNING",
    "nullify, redact, WARNING",
    "hash, '{erasure: retain, legal_basis: AO}', ERROR",
    "delete_row, '{erasure: retain, legal_basis: AO}', ERROR",
    "'{erasure: retain, legal_basis: AO}', hash, WARNING"
  })
  void erasureChanges(String before, String after, ChangeSeverity severity) {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", "    email: " + before + "\n"),
                pii("customer", "customer_id", "    email: " + after + "\n")),
            ChangeKind.PII_ERASURE_CHANGED,
            severity);
    assertThat(c.message()).startsWith("email erasure " + name(before) + " → " + name(after));
    assertThat(c.side()).isEqualTo(Side.AFTER);
  }

  private static String name(String field) {
    return field.startsWith("{") ? "retain" : field;
  }

  @Test
  void changingToRetainIsTheWeakestErasureAndSaysWhy() {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", "    amount: nullify\n"),
                pii(
                    "customer",
                    "customer_id",
                    "    amount: {erasure: retain, legal_basis: \"AO §147\"}\n")),
            ChangeKind.PII_ERASURE_CHANGED,
            ChangeSeverity.ERROR);
    assertThat(c.message())
        .isEqualTo(
            "amount erasure nullify → retain is weaker: erasure will now keep it unchanged (legal"
                + " basis: AO §147) instead of set it to null");
    assertThat(c.suggestedFix()).isEqualTo("keep erasure: nullify");
  }

  @Test
  void leavingRetainWarnsToCheckTheBasis() {
    SemanticChange c =
        only(
            diffBodies(
                pii(
                    "customer",
                    "customer_id",
                    "    amount: {erasure: retain, legal_basis: \"AO §147\"}\n"),
                pii("customer", "customer_id", "    amount: nullify\n")),
            ChangeKind.PII_ERASURE_CHANGED,
            ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            "amount erasure retain → nullify: after an erasure, consumers will see null instead"
                + " of the value kept (it was kept under: AO §147; make sure that no longer"
                + " applies)");
  }

  @Test
  void aChangedLegalBasisIsAWarning() {
    SemanticChange c =
        only(
            diffBodies(
                pii(
                    "customer",
                    "customer_id",
                    "    amount: {erasure: retain, legal_basis: \"AO §147\"}\n"),
                pii(
                    "customer",
                    "customer_id",
                    "    amount: {erasure: retain, legal_basis: \"HGB §257\"}\n")),
            ChangeKind.PII_ERASURE_CHANGED,
            ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            "amount is retained on another legal basis: \"AO §147\" → \"HGB §257\"; check that"
                + " the new basis still requires keeping the data");
    assertThat(c.subject()).isEqualTo("pii.fields.amount");
  }

  @Test
  void removingARetainedTagSuggestsKeepingItsBasis() {
    SemanticChange c =
        only(
            diffBodies(
                pii(
                    "customer",
                    "customer_id",
                    "    email: nullify\n    amount: {erasure: retain, legal_basis: \"AO\"}\n"),
                pii("customer", "customer_id", "    email: nullify\n")),
            ChangeKind.PII_FIELD_REMOVED,
            ChangeSeverity.ERROR);
    assertThat(c.suggestedFix())
        .isEqualTo("keep the tag amount: {erasure: retain, legal_basis: \"AO\"}");
  }

  @Test
  void categoryChangedIsAWarningAndCategoryAddedIsInfo() {
    only(
        diffBodies(
            pii("customer", "customer_id", "    email: {erasure: nullify, category: email}\n"),
            pii("customer", "customer_id", "    email: {erasure: nullify, category: other}\n")),
        ChangeKind.PII_CATEGORY_CHANGED,
        ChangeSeverity.WARNING);
    only(
        diffBodies(
            pii("customer", "customer_id", "    email: {erasure: nullify, category: email}\n"),
            pii("customer", "customer_id", "    email: nullify\n")),
        ChangeKind.PII_CATEGORY_CHANGED,
        ChangeSeverity.WARNING);
    SemanticChange added =
        only(
            diffBodies(
                pii("customer", "customer_id", "    email: nullify\n"),
                pii("customer", "customer_id", "    email: {erasure: nullify, category: email}\n")),
            ChangeKind.PII_CATEGORY_CHANGED,
            ChangeSeverity.INFO);
    assertThat(added.message()).isEqualTo("email category none → email");
  }

  @Test
  void piiKeyChangedIsAnError() {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", FIELDS), pii("customer", "account_id", FIELDS)),
            ChangeKind.PII_KEY_CHANGED,
            ChangeSeverity.ERROR);
    assertThat(c.message()).startsWith("pii.key changed: customer_id → account_id");
    assertThat(c.position()).isEqualTo(SourcePosition.of(11, 8));
  }

  @Test
  void piiSubjectChangedIsAnError() {
    SemanticChange c =
        only(
            diffBodies(
                pii("customer", "customer_id", FIELDS), pii("employee", "customer_id", FIELDS)),
            ChangeKind.PII_SUBJECT_CHANGED,
            ChangeSeverity.ERROR);
    assertThat(c.message()).startsWith("pii.subject changed: customer → employee");
  }
}
