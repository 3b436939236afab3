package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.diff.DiffFixtures.diffChecks;
import static org.pactum.contracts.diff.DiffFixtures.doc;
import static org.pactum.contracts.diff.DiffFixtures.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SourcePosition;

/** The semantic diff, one test (at least) per row of the README table. */
class ContractDifferTest {

  private final ContractDiffer differ = new ContractDiffer();

  private static SemanticChange only(ContractDiff diff) {
    assertThat(diff.changes()).hasSize(1);
    return diff.changes().get(0);
  }

  private static SemanticChange only(ContractDiff diff, ChangeKind kind, ChangeSeverity severity) {
    SemanticChange c = only(diff);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.severity()).isEqualTo(severity);
    assertThat(diff.breaking()).isEqualTo(severity == ChangeSeverity.ERROR);
    return c;
  }

  private ContractDiff diffDocs(String before, String after) {
    return differ.diff(parse(before), parse(after));
  }

  // ---- no change ------------------------------------------------------------------------------

  @Test
  void identicalContractsHaveNoChanges() {
    String body =
        """
        checks:
          - row_count: {min: 1}
          - not_null: [order_id, amount]
          - range: {column: amount, min: 0, max: 100000}
        pii:
          subject: customer
          key: customer_id
          fields:
            email: {erasure: nullify, category: email}
        """;
    ContractDiff diff = diffDocs(doc("1.0.0", body), doc("1.0.0", body));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.breaking()).isFalse();
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.NONE);
  }

  @Test
  void reorderingChecksAndPiiFieldsIsNoChange() {
    ContractDiff diff =
        diffDocs(
            doc(
                "1.0.0",
                """
                checks:
                  - not_null: [order_id, amount]
                  - unique: [order_id]
                  - range: {column: amount, min: 0}
                pii:
                  subject: customer
                  key: customer_id
                  fields:
                    email: nullify
                    phone: hash
                """),
            doc(
                "1.0.0",
                """
                checks:
                  - range: {column: amount, min: 0}
                  - unique: [order_id]
                  - not_null: [amount]
                  - not_null: {column: order_id}
                pii:
                  subject: customer
                  key: customer_id
                  fields:
                    phone: hash
                    email: nullify
                """));

    assertThat(diff.changes()).isEmpty();
  }

  @Test
  void equalValuesWrittenDifferentlyAreNoChange() {
    ContractDiff diff =
        diffChecks(
            "range: {column: placed_at, min: 2024-01-01}",
            "range: {column: placed_at, min: '2024-01-01T00:00:00Z'}");
    assertThat(diff.changes()).isEmpty();

    assertThat(diffChecks("range: {column: a, max: 1}", "range: {column: a, max: 1.0}").changes())
        .isEmpty();
    assertThat(
            diffChecks(
                    "regex: {column: e, pattern: x, mostly: 0.99}",
                    "regex: {column: e, pattern: x, fail: 0.01}")
                .changes())
        .isEmpty();
  }

  // ---- identity and version -------------------------------------------------------------------

  @Test
  void contractIdChangedIsAnError() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace("id: shop.orders", "id: shop.o2")),
            ChangeKind.CONTRACT_ID_CHANGED,
            ChangeSeverity.ERROR);
    assertThat(c.message()).contains("shop.orders → shop.o2");
    assertThat(c.position()).isEqualTo(SourcePosition.of(3, 5));
    assertThat(c.side()).isEqualTo(Side.AFTER);
  }

  @Test
  void guaranteesChangedWithoutBumpIsAnError() {
    ContractDiff diff =
        diffDocs(
            doc("1.2.0", "checks:\n  - range: {column: a, max: 10}\n"),
            doc("1.2.0", "checks:\n  - range: {column: a, max: 20}\n"));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.VERSION_NOT_BUMPED, ChangeKind.CHECK_LOOSENED);
    SemanticChange v = diff.ofKind(ChangeKind.VERSION_NOT_BUMPED).get(0);
    assertThat(v.severity()).isEqualTo(ChangeSeverity.ERROR);
    assertThat(v.suggestedFix()).isEqualTo("set version: 2.0.0");
    assertThat(v.position()).isEqualTo(SourcePosition.of(4, 10));
  }

  @Test
  void warningChangesWithoutBumpNeedAMinorBump() {
    ContractDiff diff =
        diffDocs(doc("1.2.3", ""), doc("1.2.3", "checks:\n  - row_count: {min: 1}\n"));

    SemanticChange v = diff.ofKind(ChangeKind.VERSION_NOT_BUMPED).get(0);
    assertThat(v.severity()).isEqualTo(ChangeSeverity.ERROR);
    assertThat(v.suggestedFix()).isEqualTo("set version: 1.3.0");
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.MINOR);
  }

  @Test
  void infoChangesWithoutBumpAreAWarning() {
    ContractDiff diff =
        diffDocs(doc("1.2.3", ""), doc("1.2.3", "description: Orders, one row each.\n"));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.VERSION_NOT_BUMPED, ChangeSeverity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.DESCRIPTION_CHANGED, ChangeSeverity.INFO));
    assertThat(diff.ofKind(ChangeKind.VERSION_NOT_BUMPED).get(0).suggestedFix())
        .isEqualTo("set version: 1.2.4");
    assertThat(diff.requiredBump()).isEqualTo(VersionBump.PATCH);
  }

  @Test
  void breakingChangeUnderAMinorBumpIsAnError() {
    ContractDiff diff =
        diffDocs(
            doc("1.2.0", "checks:\n  - not_null: [a]\n"),
            doc("1.3.0", "checks:\n  - not_null: {column: a, mostly: 0.9}\n"));

    SemanticChange v = diff.ofKind(ChangeKind.VERSION_BUMP_TOO_SMALL).get(0);
    assertThat(v.severity()).isEqualTo(ChangeSeverity.ERROR);
    assertThat(v.message())
        .isEqualTo(
            "version 1.2.0 → 1.3.0 is a minor bump, but 1 breaking change requires a major bump");
    assertThat(v.suggestedFix()).isEqualTo("set version: 2.0.0");
  }

  @Test
  void newGuaranteeUnderAPatchBumpIsAWarning() {
    ContractDiff diff =
        diffDocs(doc("1.2.0", ""), doc("1.2.1", "checks:\n  - row_count: {min: 1}\n"));

    SemanticChange v = diff.ofKind(ChangeKind.VERSION_BUMP_TOO_SMALL).get(0);
    assertThat(v.severity()).isEqualTo(ChangeSeverity.WARNING);
    assertThat(v.suggestedFix()).isEqualTo("set version: 1.3.0");
    assertThat(diff.breaking()).isFalse();
  }

  @Test
  void versionDecreasedIsAnError() {
    SemanticChange c =
        only(
            diffDocs(doc("1.2.0", ""), doc("1.1.9", "")),
            ChangeKind.VERSION_DECREASED,
            ChangeSeverity.ERROR);
    assertThat(c.message())
        .isEqualTo("version 1.2.0 → 1.1.9 decreased: versions of a contract only go up");
  }

  @ParameterizedTest
  @CsvSource({
    // before, after: no version finding for a breaking change
    "1.0.0, 2.0.0", // a major bump
    "0.3.1, 0.4.0", // initial development: minor stands in for major
    "2.0.0-rc.1, 2.0.0-rc.2", // a later pre-release of the same version
    "2.0.0-rc.2, 2.0.0", // the release of a pre-release
    "1.9.0, 2.0.0-rc.1" // a pre-release of the next major
  })
  void sufficientBumpsAreNotReported(String before, String after) {
    ContractDiff diff = diffDocs(doc(before, "checks:\n  - not_null: [a]\n"), doc(after, ""));
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.NOT_NULL_DROPPED);
  }

  @Test
  void initialDevelopmentStillNeedsAMinorBumpForBreakingChanges() {
    ContractDiff diff = diffDocs(doc("0.3.1", "checks:\n  - not_null: [a]\n"), doc("0.3.2", ""));
    SemanticChange v = diff.ofKind(ChangeKind.VERSION_BUMP_TOO_SMALL).get(0);
    assertThat(v.severity()).isEqualTo(ChangeSeverity.ERROR);
    assertThat(v.suggestedFix()).isEqualTo("set version: 0.4.0");
  }

  // ---- status ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "active, retired, ERROR",
    "active, draft, ERROR",
    "deprecated, draft, ERROR",
    "active, deprecated, WARNING",
    "deprecated, retired, WARNING",
    "draft, active, INFO",
    "deprecated, active, INFO",
    "retired, active, INFO"
  })
  void statusChanges(String before, String after, ChangeSeverity severity) {
    ContractDiff diff =
        diffDocs(
            doc("1.0.0", "").replace("status: active", "status: " + before),
            doc("2.0.0", "").replace("status: active", "status: " + after));
    SemanticChange c = only(diff);
    assertThat(c.kind()).isEqualTo(ChangeKind.STATUS_CHANGED);
    // a draft promises nothing, so even draft → x is never an error
    assertThat(c.severity()).isEqualTo(severity);
    assertThat(c.message()).startsWith("status " + before + " → " + after);
    assertThat(c.position()).isEqualTo(SourcePosition.of(5, 9));
  }

  @Test
  void aDraftPromisesNothingSoItsErrorsAreWarnings() {
    ContractDiff diff =
        diffDocs(
            doc("0.1.0", "checks:\n  - not_null: [a]\n").replace("status: active", "status: draft"),
            doc("0.1.0", "").replace("status: active", "status: draft"));

    assertThat(diff.breaking()).isFalse();
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactlyInAnyOrder(ChangeKind.NOT_NULL_DROPPED, ChangeKind.VERSION_NOT_BUMPED);
    assertThat(diff.changes()).allMatch(c -> c.severity() == ChangeSeverity.WARNING);
    assertThat(diff.ofKind(ChangeKind.NOT_NULL_DROPPED).get(0).message())
        .endsWith("(not breaking: the old version is a draft, which promises nothing yet)");
  }

  // ---- owner and documentation ----------------------------------------------------------------

  @Test
  void ownerRemovedIsAnError() {
    DataContract before = parse(doc("1.0.0", ""));
    DataContract after = parse(doc("2.0.0", ""));
    DataContract ownerless =
        new DataContract(
            after.id(),
            after.version(),
            after.status(),
            null,
            after.description(),
            after.schema(),
            after.dataset(),
            after.checks(),
            after.pii(),
            after.kafka(),
            after.tags(),
            after.sourceMap());

    SemanticChange c =
        only(differ.diff(before, ownerless), ChangeKind.OWNER_REMOVED, ChangeSeverity.ERROR);
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position().line()).isEqualTo(6);
  }

  @Test
  void ownerTeamChangedIsAWarning() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace("team: shop", "team: sales")),
            ChangeKind.OWNER_CHANGED,
            ChangeSeverity.WARNING);
    assertThat(c.message()).startsWith("owner changed: shop → sales");
    assertThat(c.subject()).isEqualTo("owner.team");
  }

  @Test
  void pagerdutyRemovedIsAnError() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace(", pagerduty: shop-oncall", "")),
            ChangeKind.OWNER_CONTACT_REMOVED,
            ChangeSeverity.ERROR);
    assertThat(c.message()).contains("incidents no longer page anyone");
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position()).isEqualTo(SourcePosition.of(6, 73));
  }

  @Test
  void emailRemovedIsAWarning() {
    only(
        diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace(" email: shop@example.com,", "")),
        ChangeKind.OWNER_CONTACT_REMOVED,
        ChangeSeverity.WARNING);
  }

  @Test
  void contactChangedIsInfo() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace("#shop", "#shop-data")),
            ChangeKind.OWNER_CONTACT_CHANGED,
            ChangeSeverity.INFO);
    assertThat(c.message()).isEqualTo("owner.slack changed: #shop → #shop-data");
  }

  @Test
  void descriptionChangedIsInfoButRewrappingIsNot() {
    String one = "description: >\n  Orders placed,\n  one row each.\n";
    String two = "description: Orders placed, one row each.\n";
    assertThat(diffDocs(doc("1.0.0", one), doc("1.0.0", two)).changes()).isEmpty();

    only(
        diffDocs(doc("1.0.0", one), doc("2.0.0", "description: Orders.\n")),
        ChangeKind.DESCRIPTION_CHANGED,
        ChangeSeverity.INFO);
    SemanticChange removed = only(diffDocs(doc("1.0.0", one), doc("2.0.0", "")));
    assertThat(removed.side()).isEqualTo(Side.BEFORE);
    assertThat(removed.message()).isEqualTo("description removed");
  }

  @Test
  void tagsChangedIsInfo() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", "tags: [a, b]\n"), doc("2.0.0", "tags: [b, c]\n")),
            ChangeKind.TAGS_CHANGED,
            ChangeSeverity.INFO);
    assertThat(c.message()).isEqualTo("tags added c; removed a");
  }

  // ---- schema ---------------------------------------------------------------------------------

  @Test
  void schemaFormatChangedIsAnError() {
    String proto =
        "schema: {format: protobuf, file: order.proto, message: shop.Order, compatibility: BACKWARD}";
    ContractDiff diff =
        diffDocs(
            doc("1.0.0", ""),
            doc("2.0.0", "")
                .replace(
                    "schema: {format: avro, file: order.avsc, compatibility: BACKWARD}", proto));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.SCHEMA_FORMAT_CHANGED, ChangeKind.SCHEMA_FILE_CHANGED);
    SemanticChange c = diff.errors().get(0);
    assertThat(c.message()).startsWith("schema.format changed: avro → protobuf");
    assertThat(c.position()).isEqualTo(SourcePosition.of(7, 18));
  }

  @Test
  void schemaMessageChangedIsAWarningAndFileChangedIsInfo() {
    String v1 = "schema: {format: protobuf, file: o.proto, message: shop.Order}";
    String v2 = "schema: {format: protobuf, file: o2.proto, message: shop.OrderV2}";
    String base = "schema: {format: avro, file: order.avsc, compatibility: BACKWARD}";
    ContractDiff diff =
        diffDocs(doc("1.0.0", "").replace(base, v1), doc("2.0.0", "").replace(base, v2));

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.SCHEMA_MESSAGE_CHANGED, ChangeSeverity.WARNING),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.SCHEMA_FILE_CHANGED, ChangeSeverity.INFO));
  }

  @ParameterizedTest
  @CsvSource({
    "BACKWARD_TRANSITIVE, BACKWARD",
    "FULL, BACKWARD",
    "FULL_TRANSITIVE, FORWARD_TRANSITIVE",
    "BACKWARD, FORWARD",
    "BACKWARD, NONE",
    "FULL_TRANSITIVE, FULL"
  })
  void compatibilityWeakenedIsAnError(String before, String after) {
    SemanticChange c =
        only(
            diffDocs(
                doc("1.0.0", "").replace("compatibility: BACKWARD", "compatibility: " + before),
                doc("2.0.0", "").replace("compatibility: BACKWARD", "compatibility: " + after)),
            ChangeKind.COMPATIBILITY_WEAKENED,
            ChangeSeverity.ERROR);
    assertThat(c.message())
        .startsWith("schema.compatibility " + before + " → " + after + " weakened: ");
    assertThat(c.suggestedFix()).isEqualTo("keep " + before + " (or a stricter mode)");
    assertThat(c.position()).isEqualTo(SourcePosition.of(7, 57));
  }

  @Test
  void compatibilityDefaultCountsAsBackward() {
    String explicit = doc("1.0.0", "");
    String implicit = doc("1.0.0", "").replace(", compatibility: BACKWARD", "");
    assertThat(diffDocs(explicit, implicit).changes()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"BACKWARD, BACKWARD_TRANSITIVE", "BACKWARD, FULL", "NONE, FORWARD"})
  void compatibilityStrengthenedIsAWarning(String before, String after) {
    only(
        diffDocs(
            doc("1.0.0", "").replace("compatibility: BACKWARD", "compatibility: " + before),
            doc("2.0.0", "").replace("compatibility: BACKWARD", "compatibility: " + after)),
        ChangeKind.COMPATIBILITY_STRENGTHENED,
        ChangeSeverity.WARNING);
  }

  // ---- dataset --------------------------------------------------------------------------------

  private static final String DATASET = "dataset: {datasource: warehouse, table: public.orders}\n";

  @Test
  void datasetRemovedIsAnError() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace(DATASET, "")),
            ChangeKind.DATASET_REMOVED,
            ChangeSeverity.ERROR);
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position().line()).isEqualTo(8);
  }

  @Test
  void datasetMovedIsAnError() {
    SemanticChange c =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace("public.orders", "sales.orders")),
            ChangeKind.DATASET_CHANGED,
            ChangeSeverity.ERROR);
    assertThat(c.message())
        .startsWith("dataset moved: warehouse/public.orders → warehouse/sales.orders");
    assertThat(c.subject()).isEqualTo("dataset.table");
    only(
        diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace("warehouse", "lake")),
        ChangeKind.DATASET_CHANGED,
        ChangeSeverity.ERROR);
  }

  @Test
  void datasetAddedIsAWarning() {
    only(
        diffDocs(doc("1.0.0", "").replace(DATASET, ""), doc("2.0.0", "")),
        ChangeKind.DATASET_ADDED,
        ChangeSeverity.WARNING);
  }

  @Test
  void loadScopeChangedIsAWarning() {
    String scoped =
        "dataset: {datasource: warehouse, table: public.orders, load_scope: \"loaded_at >= :since\"}\n";
    SemanticChange added =
        only(
            diffDocs(doc("1.0.0", ""), doc("2.0.0", "").replace(DATASET, scoped)),
            ChangeKind.LOAD_SCOPE_CHANGED,
            ChangeSeverity.WARNING);
    assertThat(added.side()).isEqualTo(Side.AFTER);
    SemanticChange removed =
        only(
            diffDocs(doc("1.0.0", "").replace(DATASET, scoped), doc("2.0.0", "")),
            ChangeKind.LOAD_SCOPE_CHANGED,
            ChangeSeverity.WARNING);
    assertThat(removed.side()).isEqualTo(Side.BEFORE);
  }
}
