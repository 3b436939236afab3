package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.diff.DiffFixtures.diffBodies;
import static org.pactum.contracts.diff.DiffFixtures.diffChecks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.contracts.model.SourcePosition;

/** Changes to checks, matched by name, direction decided per check type. */
class CheckDiffTest {

  private static SemanticChange only(ContractDiff diff, ChangeKind kind, ChangeSeverity severity) {
    assertThat(diff.changes()).hasSize(1);
    SemanticChange c = diff.changes().get(0);
    assertThat(c.kind()).isEqualTo(kind);
    assertThat(c.severity()).isEqualTo(severity);
    return c;
  }

  // ---- removed and added ----------------------------------------------------------------------

  @Test
  void checkRemovedIsAnErrorLocatedInTheOldFile() {
    ContractDiff diff =
        diffBodies(
            "checks:\n  - row_count: {min: 1}\n  - range: {column: amount, min: 0}\n",
            "checks:\n  - row_count: {min: 1}\n");

    SemanticChange c = only(diff, ChangeKind.CHECK_REMOVED, ChangeSeverity.ERROR);
    assertThat(c.subject()).isEqualTo("range(amount)");
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position()).isEqualTo(SourcePosition.of(11, 5));
    assertThat(c.message())
        .isEqualTo(
            "range(amount) removed: the range guarantee no longer holds and consumers relying on it"
                + " may break");
    assertThat(diff.breaking()).isTrue();
  }

  @Test
  void notNullDroppedIsAnErrorAtItsColumn() {
    ContractDiff diff =
        diffBodies(
            "checks:\n  - not_null: [order_id, amount]\n", "checks:\n  - not_null: [order_id]\n");

    SemanticChange c = only(diff, ChangeKind.NOT_NULL_DROPPED, ChangeSeverity.ERROR);
    assertThat(c.subject()).isEqualTo("not_null(amount)");
    assertThat(c.message()).startsWith("not_null(amount) removed: amount may now be null");
    assertThat(c.side()).isEqualTo(Side.BEFORE);
    assertThat(c.position()).isEqualTo(SourcePosition.of(10, 26));
    assertThat(c.suggestedFix()).contains("mostly");
  }

  @Test
  void checkAddedIsAWarningAtItsLine() {
    ContractDiff diff =
        diffBodies(
            "checks:\n  - row_count: {min: 1}\n",
            "checks:\n  - row_count: {min: 1}\n  - unique: [order_id]\n");

    SemanticChange c = only(diff, ChangeKind.CHECK_ADDED, ChangeSeverity.WARNING);
    assertThat(c.subject()).isEqualTo("unique(order_id)");
    assertThat(c.side()).isEqualTo(Side.AFTER);
    assertThat(c.position()).isEqualTo(SourcePosition.of(11, 5));
    assertThat(c.message()).isEqualTo("unique(order_id) added: existing data may fail it");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null_rate: {column: a, warn: 0.1}",
        "regex: {column: a, pattern: x, warn: 0.1}",
        "mean: {column: a, warn_min: 1}",
        "drift: {column: a, warn: 0.1}",
        "sql: {name: s, query: 'select 1 from {table}', warn_max: 0}"
      })
  void aCheckThatCannotFailIsInfoWhenAdded(String check) {
    SemanticChange c =
        only(
            diffBodies("", "checks:\n  - " + check + "\n"),
            ChangeKind.CHECK_ADDED,
            ChangeSeverity.INFO);
    assertThat(c.message()).endsWith("it has only warning levels, so it cannot fail");
  }

  @Test
  void aTypeChangeUnderTheSameNameIsRemovedPlusAdded() {
    ContractDiff diff =
        diffChecks(
            "range: {name: amount_ok, column: amount, min: 0}",
            "regex: {name: amount_ok, column: amount, pattern: '^[0-9]+$'}");

    assertThat(diff.changes())
        .extracting(SemanticChange::kind, SemanticChange::side)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ChangeKind.CHECK_REMOVED, Side.BEFORE),
            org.assertj.core.groups.Tuple.tuple(ChangeKind.CHECK_ADDED, Side.AFTER));
    assertThat(diff.errors().get(0).message())
        .isEqualTo(
            "amount_ok was a range check and is now a regex check: the range guarantee no longer"
                + " holds");
  }

  @Test
  void aMetricChangeUnderTheSameNameIsRemovedPlusAdded() {
    ContractDiff diff =
        diffChecks(
            "metric: {name: m, metric: mean, column: a, min: 1}",
            "metric: {name: m, metric: median, column: a, min: 1}");
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.CHECK_REMOVED, ChangeKind.CHECK_ADDED);
  }

  @Test
  void aNamedCheckMovedToAnotherColumnIsRetargeted() {
    SemanticChange c =
        only(
            diffChecks(
                "range: {name: positive, column: amount, min: 0}",
                "range: {name: positive, column: amount_eur, min: 0}"),
            ChangeKind.CHECK_RETARGETED,
            ChangeSeverity.ERROR);
    assertThat(c.message())
        .isEqualTo("positive now checks amount_eur instead of amount: amount lost the guarantee");
  }

  // ---- renamed --------------------------------------------------------------------------------

  @Test
  void aRenamedCheckIsAWarningNotARemoval() {
    SemanticChange c =
        only(
            diffChecks(
                "sql: {name: no_future, query: 'select 1 from {table}', max: 0}",
                "sql: {name: no_future_orders, query: 'select 1 from {table}', max: 0}"),
            ChangeKind.CHECK_RENAMED,
            ChangeSeverity.WARNING);
    assertThat(c.subject()).isEqualTo("no_future_orders");
    assertThat(c.suggestedFix()).isEqualTo("keep the old name with name: no_future");
  }

  @Test
  void aDerivedNameThatChangesWithTheDefinitionIsMatchedAndCompared() {
    // row_count with only anomaly is row_count_anomaly; adding min renames it to row_count
    ContractDiff diff = diffChecks("row_count: {anomaly: {}}", "row_count: {min: 1, anomaly: {}}");

    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactlyInAnyOrder(ChangeKind.CHECK_RENAMED, ChangeKind.CHECK_TIGHTENED);
    assertThat(diff.ofKind(ChangeKind.CHECK_TIGHTENED).get(0).message())
        .isEqualTo("row_count tightened: min none → 1; existing data may fail");
  }

  @Test
  void ambiguousRenamesAreNotGuessed() {
    ContractDiff diff =
        diffBodies(
            "checks:\n  - sql: {name: a, query: 'select 1 from {table}', max: 0}\n"
                + "  - sql: {name: b, query: 'select 2 from {table}', max: 0}\n",
            "checks:\n  - sql: {name: c, query: 'select 1 from {table}', max: 0}\n"
                + "  - sql: {name: d, query: 'select 2 from {table}', max: 0}\n");
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsOnly(ChangeKind.CHECK_REMOVED, ChangeKind.CHECK_ADDED)
        .hasSize(4);
  }

  // ---- loosened / tightened, per check type ---------------------------------------------------

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // range: numbers, dates, timestamps; a bound dropped
        "range: {column: amount, min: 0, max: 100000}|range: {column: amount, min: 0, max: 1000000}|max 100000 → 1000000",
        "range: {column: amount, min: 0, max: 10}|range: {column: amount, min: -5, max: 10}|min 0 → -5",
        "range: {column: amount, min: 0, max: 10}|range: {column: amount, max: 10}|min 0 → none",
        "range: {column: d, min: 1900-01-01}|range: {column: d, min: 1850-01-01}|min 1900-01-01 → 1850-01-01",
        "range: {column: t, max: '2030-01-01T00:00:00Z'}|range: {column: t, max: '2030-01-01T00:00:01Z'}|max 2030-01-01T00:00:00Z → 2030-01-01T00:00:01Z",
        // row-level thresholds
        "not_null: [a]|not_null: {column: a, mostly: 0.99}|failing-row limit 0 → 0.01 (mostly 1 → 0.99)",
        "regex: {column: e, pattern: x, mostly: 0.99}|regex: {column: e, pattern: x, mostly: 0.95}|failing-row limit 0.01 → 0.05 (mostly 0.99 → 0.95)",
        "unique: {columns: [a], warn: 0.1, fail: 0.1}|unique: {columns: [a], warn: 0.1}|failing-row limit 0.1 → none (can no longer fail)",
        "unique: {name: k, columns: [a]}|unique: {name: k, columns: [a, b]}|key (a) → (a, b): a wider key is a weaker uniqueness guarantee",
        // null_rate, drift: upper limits
        "null_rate: {column: c, warn: 0.8, fail: 0.9}|null_rate: {column: c, warn: 0.8, fail: 0.95}|fail 0.9 → 0.95",
        "drift: {column: a, warn: 0.1, fail: 0.25}|drift: {column: a, warn: 0.1, fail: 0.5}|fail 0.25 → 0.5",
        // metric and row_count bands
        "metric: {metric: median, column: a, min: 5, max: 500}|metric: {metric: median, column: a, min: 1, max: 500}|min 5 → 1",
        "avg_length: {column: a, max: 20}|avg_length: {column: a, max: 40}|max 20 → 40",
        "row_count: {min: 1000}|row_count: {min: 1}|min 1000 → 1",
        "sql: {name: s, query: 'select 1 from {table}', max: 0}|sql: {name: s, query: 'select 1 from {table}', max: 5}|max 0 → 5",
        // freshness
        "freshness: {column: t, max_age: 2h}|freshness: {column: t, max_age: 6h}|max_age 2h → 6h",
        // anomaly: removed, less sensitive, more history before judging, fewer directions
        "mean: {column: a, min: 0, anomaly: {}}|mean: {column: a, min: 0}|anomaly detection removed",
        "freshness: {column: t, max_age: 2h, anomaly: {}}|freshness: {column: t, max_age: 2h}|anomaly detection removed",
        "duplicate_count: {column: a, max: 5, anomaly: {sensitivity: 3}}|duplicate_count: {column: a, max: 5, anomaly: {sensitivity: 4}}|anomaly sensitivity 3 → 4 (a wider band: fewer anomalies)",
        "mean: {column: a, anomaly: {sensitivity: 3}}|mean: {column: a, anomaly: {sensitivity: 4}}|anomaly sensitivity 3 → 4 (a wider band: fewer anomalies)",
        "row_count: {anomaly: {min_history: 10}}|row_count: {anomaly: {min_history: 20}}|anomaly min_history 10 → 20",
        "row_count: {anomaly: {}}|row_count: {anomaly: {direction: down}}|anomaly direction both → drop (rises are no longer anomalies)",
        "null_rate: {column: c, anomaly: {direction: up}}|null_rate: {column: c, anomaly: {direction: down}}|anomaly direction spike → drop (rises are no longer anomalies)",
        "row_count: {anomaly: {fail_sensitivity: 4}}|row_count: {anomaly: {fail_sensitivity: 5}}|anomaly fail_sensitivity 4 → 5",
        "row_count: {anomaly: {min_change: 10}}|row_count: {anomaly: {min_change: 50}}|anomaly min_change 10 → 50",
        "row_count: {anomaly: {}}|row_count: {anomaly: {min_change_pct: 10}}|anomaly min_change_pct 0 → 10",
        "row_count: {anomaly: {fail_on_zero: true}}|row_count: {anomaly: {}}|anomaly fail_on_zero true → false"
      })
  void loosenedChecksAreErrors(String before, String after, String aspect) {
    SemanticChange c =
        only(diffChecks(before, after), ChangeKind.CHECK_LOOSENED, ChangeSeverity.ERROR);
    assertThat(c.message())
        .isEqualTo(
            c.subject()
                + " loosened: "
                + aspect
                + "; data the old version failed now passes, so consumers relying on it may break");
    assertThat(c.side()).isEqualTo(Side.AFTER);
    assertThat(c.position()).isEqualTo(SourcePosition.of(10, 5));
  }

  @Test
  void anomalyAliasesAndSpelledOutDefaultsAreNoChange() {
    assertThat(
            diffChecks(
                    "row_count: {anomaly: {direction: up}}",
                    "row_count: {anomaly: {direction: spike}}")
                .changes())
        .isEmpty();
    assertThat(
            diffChecks(
                    "row_count: {anomaly: {}}",
                    "row_count: {anomaly: {sensitivity: 3, min_history: 7, window: 30, max_age: 30d,"
                        + " seasonality: auto, method: band, min_change: 0}}")
                .changes())
        .isEmpty();
    // Only sensitivity written: the failing width follows it and is not reported twice.
    assertThat(
            diffChecks(
                    "row_count: {anomaly: {sensitivity: 3}}",
                    "row_count: {anomaly: {sensitivity: 4}}")
                .changes())
        .hasSize(1);
  }

  @ParameterizedTest(name = "{1} → {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "range: {column: amount, min: 0, max: 100000}|range: {column: amount, min: 0, max: 1000000}|max 1000000 → 100000",
        "range: {column: amount, min: 0, max: 10}|range: {column: amount, max: 10}|min none → 0",
        "range: {column: d, min: 1900-01-01}|range: {column: d, min: 1850-01-01}|min 1850-01-01 → 1900-01-01",
        "not_null: [a]|not_null: {column: a, mostly: 0.99}|failing-row limit 0.01 → 0 (mostly 0.99 → 1)",
        "unique: {name: k, columns: [a]}|unique: {name: k, columns: [a, b]}|key (a, b) → (a): a narrower key is a stronger uniqueness guarantee",
        "null_rate: {column: c, fail: 0.5}|null_rate: {column: c, fail: 0.9}|fail 0.9 → 0.5",
        "drift: {column: a, fail: 0.2}|drift: {column: a, fail: 0.3}|fail 0.3 → 0.2",
        "mean: {column: a, min: 5}|mean: {column: a, min: 1}|min 1 → 5",
        "row_count: {min: 1000}|row_count: {min: 1}|min 1 → 1000",
        "freshness: {column: t, max_age: 2h}|freshness: {column: t, max_age: 6h}|max_age 6h → 2h",
        "mean: {column: a, min: 0, anomaly: {}}|mean: {column: a, min: 0}|anomaly detection added",
        "mean: {column: a, anomaly: {sensitivity: 3}}|mean: {column: a, anomaly: {sensitivity: 4}}|anomaly sensitivity 4 → 3 (a narrower band: more anomalies)",
        "row_count: {anomaly: {}}|row_count: {anomaly: {direction: down}}|anomaly direction drop → both",
        "row_count: {anomaly: {fail_on_zero: true}}|row_count: {anomaly: {}}|anomaly fail_on_zero false → true"
      })
  void tightenedChecksAreWarnings(String stricter, String looser, String aspect) {
    SemanticChange c =
        only(diffChecks(looser, stricter), ChangeKind.CHECK_TIGHTENED, ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(c.subject() + " tightened: " + aspect + "; existing data may fail");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null_rate: {column: c, warn: 0.8, fail: 0.9}|null_rate: {column: c, warn: 0.85, fail: 0.9}|warn 0.8 → 0.85",
        "freshness: {column: t, max_age: 2h, warn_age: 1h}|freshness: {column: t, max_age: 2h}|warn_age 1h → none (no longer warns)",
        "mean: {column: a, warn_max: 10}|mean: {column: a, warn_max: 20}|warn_max 10 → 20",
        "row_count: {min: 1, warn_min: 100}|row_count: {min: 1, warn_min: 50}|warn_min 100 → 50",
        "regex: {column: e, pattern: x, warn: 0.01, fail: 0.1}|regex: {column: e, pattern: x, warn: 0.05, fail: 0.1}|warn 0.01 → 0.05"
      })
  void loosenedWarningLevelsAreWarnings(String before, String after, String aspect) {
    SemanticChange c =
        only(diffChecks(before, after), ChangeKind.WARN_LEVEL_LOOSENED, ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            c.subject()
                + " warns later: "
                + aspect
                + "; failures are unaffected, but problems surface later");
  }

  @ParameterizedTest(name = "{1} → {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null_rate: {column: c, warn: 0.8, fail: 0.9}|null_rate: {column: c, warn: 0.85, fail: 0.9}|warn 0.85 → 0.8",
        "freshness: {column: t, max_age: 2h, warn_age: 1h}|freshness: {column: t, max_age: 2h}|warn_age none → 1h"
      })
  void tightenedWarningLevelsAreInfo(String stricter, String looser, String aspect) {
    SemanticChange c =
        only(diffChecks(looser, stricter), ChangeKind.WARN_LEVEL_TIGHTENED, ChangeSeverity.INFO);
    assertThat(c.message()).isEqualTo(c.subject() + " warns earlier: " + aspect);
  }

  @Test
  void loosenedAndTightenedAspectsOfOneCheckAreReportedSeparately() {
    ContractDiff diff =
        diffChecks(
            "range: {column: amount, min: 0, max: 100}",
            "range: {column: amount, min: 10, max: 200}");
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.CHECK_LOOSENED, ChangeKind.CHECK_TIGHTENED);
    assertThat(diff.errors().get(0).message()).contains("max 100 → 200");
    assertThat(diff.warnings().get(0).message()).contains("min 0 → 10");
  }

  // ---- changed without a direction ------------------------------------------------------------

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "regex: {column: e, pattern: '^a+$'}|regex: {column: e, pattern: '^[ab]+$'}|pattern '^a+$' → '^[ab]+$'",
        "drift: {name: d, column: a, method: psi, warn: 0.1, fail: 0.25}|drift: {name: d, column: a, method: js, warn: 0.1, fail: 0.25}|method psi → js (thresholds warn 0.1/fail 0.25 → warn 0.1/fail 0.25 apply to another statistic)",
        "drift: {column: a, fail: 0.25}|drift: {column: a, fail: 0.25, bins: 20}|bins 10 → 20",
        "sql: {name: s, query: 'select 1 from {table}', max: 0}|sql: {name: s, query: 'select 2 from {table}', max: 0}|query changed",
        "mean: {column: a, anomaly: {}}|mean: {column: a, anomaly: {seasonality: day_of_week}}|anomaly seasonality auto → day_of_week",
        "mean: {column: a, anomaly: {}}|mean: {column: a, anomaly: {window: 60}}|anomaly window 30 → 60",
        "mean: {column: a, anomaly: {}}|mean: {column: a, anomaly: {method: robust}}|anomaly method band → robust",
        "mean: {column: a, anomaly: {}}|mean: {column: a, anomaly: {max_age: 60d}}|anomaly max_age 30d → 60d",
        "range: {name: r, column: a, min: 0}|range: {name: r, column: a, min: 2020-01-01}|min 0 → 2020-01-01 (a number and a date cannot be compared)"
      })
  void directionlessChangesAreWarnings(String before, String after, String aspect) {
    SemanticChange c =
        only(diffChecks(before, after), ChangeKind.CHECK_CHANGED, ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            c.subject()
                + " changed: "
                + aspect
                + "; it may now accept data the old version failed and fail data it accepted");
  }

  // ---- accepted values ------------------------------------------------------------------------

  @Test
  void aNewAcceptedValueIsAWarning() {
    SemanticChange c =
        only(
            diffChecks(
                "accepted_values: {column: status, values: [PLACED, PAID]}",
                "accepted_values: {column: status, values: [PLACED, PAID, REFUNDED]}"),
            ChangeKind.ACCEPTED_VALUE_ADDED,
            ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            "accepted_values(status) accepts new value REFUNDED: consumers that handle every value"
                + " of status (switches, mappings, enum types) must handle it");
  }

  @Test
  void aRemovedAcceptedValueIsAWarning() {
    SemanticChange c =
        only(
            diffChecks(
                "accepted_values: {column: status, values: [PLACED, PAID, LOST]}",
                "accepted_values: {column: status, values: [PAID, PLACED]}"),
            ChangeKind.ACCEPTED_VALUE_REMOVED,
            ChangeSeverity.WARNING);
    assertThat(c.message())
        .isEqualTo(
            "accepted_values(status) no longer accepts LOST: existing rows with this value will"
                + " fail");
  }

  @Test
  void acceptedValuesThresholdsAreComparedToo() {
    ContractDiff diff =
        diffChecks(
            "accepted_values: {column: c, values: [EUR, USD], mostly: 0.999}",
            "accepted_values: {column: c, values: [EUR, USD, CHF], mostly: 0.99}");
    assertThat(diff.changes())
        .extracting(SemanticChange::kind)
        .containsExactly(ChangeKind.CHECK_LOOSENED, ChangeKind.ACCEPTED_VALUE_ADDED);
  }
}
