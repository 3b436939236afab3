package org.pactum.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pactum.registry.core.contract.ContractVersion;
import org.pactum.registry.core.contract.FindingRecord;

class VersionHistoryTest {
  static FindingRecord finding(String severity, String rule) {
    return new FindingRecord(
        severity, rule, "x.contract.yaml", 12, 5, "checks[1]", "the message", "");
  }

  static ContractVersion version(
      int n,
      String semver,
      OffsetDateTime at,
      Map<String, String> files,
      String schemaText,
      FindingRecord... findings) {
    return new ContractVersion(
        "shop.orders",
        n,
        semver,
        "ACTIVE",
        "checkout",
        "Orders",
        "AVRO",
        "BACKWARD",
        "id: shop.orders\n",
        schemaText,
        "sha" + n,
        n == 1 ? "contracts/shop/x.contract.yaml" : "api",
        at,
        files.isEmpty() ? null : files.keySet().iterator().next(),
        new TreeMap<>(files),
        null,
        List.of(findings));
  }

  @Test
  void newestFirstEachRowLinkingToTheVersionBeforeIt() {
    OffsetDateTime t1 = OffsetDateTime.of(2026, 11, 20, 6, 30, 15, 123_000_000, ZoneOffset.UTC);
    OffsetDateTime t2 = OffsetDateTime.of(2026, 11, 22, 9, 0, 1, 0, ZoneOffset.ofHours(2));
    OffsetDateTime t4 = OffsetDateTime.of(2026, 11, 23, 0, 0, 0, 0, ZoneOffset.UTC);
    VersionHistory history =
        VersionHistory.of(
            List.of( // oldest first, as the catalog lists them; a gap where version 3 would be
                version(1, "1.0.0", t1, Map.of("x.avsc", "{}"), "{}"),
                version(
                    2,
                    "1.1.0",
                    t2,
                    Map.of("x.avsc", "{}"),
                    "{}",
                    finding("ERROR", "CHECK_REMOVED"),
                    finding("ERROR", "RANGE_WIDENED"),
                    finding("WARNING", "ENUM_VALUE_ADDED"),
                    finding("INFO", "DESCRIPTION_CHANGED")),
                version(4, "2.0.0", t4, Map.of(), "{}")));

    assertThat(history.rows()).extracting(VersionRow::versionNo).containsExactly(4, 2, 1);
    assertThat(history.rows()).extracting(VersionRow::previous).containsExactly(2, 1, 0);
    assertThat(history.rows())
        .extracting(VersionRow::hasPrevious)
        .containsExactly(true, true, false);
    assertThat(history.latest()).isEqualTo(4);
    assertThat(history.beforeLatest()).isEqualTo(2);

    VersionRow v2 = history.rows().get(1);
    assertThat(v2.semver()).isEqualTo("1.1.0");
    assertThat(v2.source()).isEqualTo("api");
    assertThat(v2.findings()).isEqualTo(new FindingCounts(2, 1, 1));
    assertThat(v2.findings().summary()).isEqualTo("2 errors, 1 warning, 1 info");
    assertThat(history.rows().get(2).source()).isEqualTo("contracts/shop/x.contract.yaml");
    assertThat(history.rows().get(2).findings().summary()).isEqualTo("no findings");

    // ISO-8601 in UTC to the second, whatever the offset the store gave
    assertThat(history.rows().get(2).publishedAt()).isEqualTo("2026-11-20T06:30:15Z");
    assertThat(v2.publishedAt()).isEqualTo("2026-11-22T07:00:01Z");
    assertThat(history.rows().get(0).publishedAt()).isEqualTo("2026-11-23T00:00:00Z");
  }

  @Test
  void theCatalogsOrderDoesNotMatter() {
    OffsetDateTime t = OffsetDateTime.parse("2026-11-20T06:30:15Z");
    VersionHistory history =
        VersionHistory.of(
            List.of(
                version(2, "1.1.0", t, Map.of(), "{}"),
                version(3, "1.2.0", t, Map.of(), "{}"),
                version(1, "1.0.0", t, Map.of(), "{}")));
    assertThat(history.rows()).extracting(VersionRow::versionNo).containsExactly(3, 2, 1);
    assertThat(history.rows()).extracting(VersionRow::previous).containsExactly(2, 1, 0);
  }

  @Test
  void oneVersionComparesWithItselfAndNoneIsEmpty() {
    VersionHistory one =
        VersionHistory.of(
            List.of(version(1, "1.0.0", OffsetDateTime.now(ZoneOffset.UTC), Map.of(), "{}")));
    assertThat(one.latest()).isEqualTo(1);
    assertThat(one.beforeLatest()).isEqualTo(1);
    assertThat(VersionHistory.of(List.of()).isEmpty()).isTrue();
    assertThat(VersionHistory.of(List.of()).latest()).isZero();
  }

  @Test
  void findingCountsSummariseInTheOrderOfSeverity() {
    assertThat(new FindingCounts(0, 0, 0).summary()).isEqualTo("no findings");
    assertThat(new FindingCounts(1, 0, 0).summary()).isEqualTo("1 error");
    assertThat(new FindingCounts(2, 1, 0).summary()).isEqualTo("2 errors, 1 warning");
    assertThat(new FindingCounts(0, 3, 2).summary()).isEqualTo("3 warnings, 2 info");
    assertThat(new FindingCounts(2, 1, 3).total()).isEqualTo(6);
  }

  @Test
  void aFindingRowLocatesItsFindingAsFileLineColumn() {
    FindingRow row = FindingRow.of(finding("ERROR", "CHECK_REMOVED"));
    assertThat(row.severity()).isEqualTo("error");
    assertThat(row.location()).isEqualTo("x.contract.yaml:12:5");
    assertThat(row.rule()).isEqualTo("CHECK_REMOVED");
    assertThat(row.message()).isEqualTo("the message");
    FindingRow noLine =
        FindingRow.of(new FindingRecord("WARNING", "R", "x.avsc", 0, 0, null, "m", null));
    assertThat(noLine.location()).isEqualTo("x.avsc");
    assertThat(noLine.path()).isEmpty();
  }

  @Test
  void versionNumbersAreOneTwoOrLatestAndNothingElse() {
    assertThat(VersionNumber.parse("3", false)).hasValue(3);
    assertThat(VersionNumber.parse(" 12 ", true)).hasValue(12);
    assertThat(VersionNumber.parse("latest", true)).hasValue(VersionNumber.LATEST);
    assertThat(VersionNumber.parse(null, true)).hasValue(VersionNumber.LATEST);
    assertThat(VersionNumber.parse("latest", false)).isEmpty();
    assertThat(VersionNumber.parse(null, false)).isEmpty();
    for (String bad : List.of("abc", "0", "-1", "1.5", "+2", "9999999999", "１")) {
      assertThat(VersionNumber.parse(bad, true)).as(bad).isEmpty();
    }
    assertThat(VersionNumber.refusal("from", "a\u0007b" + "x".repeat(40)))
        .isEqualTo(
            "'a?bxxxxxxxxxxxxxxxxx…' is not a version for 'from': expected 1, 2, … or latest");
  }
}
