package org.pactum.registry.core.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.CompatibilityResult;
import org.pactum.registry.core.Fixtures;
import org.pactum.registry.core.Incompatibility;
import org.pactum.registry.core.VersionedSchema;
import org.pactum.registry.core.schema.Direction;
import org.pactum.registry.core.schema.IncompatibilityType;

class AvroCompatibilityTest {

  private final AvroSchemaParser parser = new AvroSchemaParser();
  private final CompatibilityChecker checker = CompatibilityChecker.standard();

  private CompatibilityResult check(CompatibilityMode mode, String candidate, String existing) {
    return checker.check(
        mode, parser.parse(candidate), List.of(new VersionedSchema(1, parser.parse(existing))));
  }

  private static String record(String fields) {
    return "{\"type\":\"record\",\"name\":\"Order\",\"namespace\":\"com.acme\",\"fields\":["
        + fields
        + "]}";
  }

  @Test
  void addingAFieldWithoutADefaultBreaksBackward() {
    CompatibilityResult result =
        check(
            CompatibilityMode.BACKWARD,
            record(
                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"coupon\",\"type\":\"string\"}"),
            record("{\"name\":\"id\",\"type\":\"string\"}"));

    assertThat(result.isCompatible()).isFalse();
    assertThat(result.incompatibilities()).hasSize(1);
    Incompatibility i = result.incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
    assertThat(i.location()).isEqualTo("/fields/1");
    assertThat(i.fieldPath()).isEqualTo("Order.coupon");
    assertThat(i.detail()).isEqualTo("coupon");
    assertThat(i.againstVersion()).isEqualTo(1);
    assertThat(i.direction()).isEqualTo(Direction.BACKWARD);
    assertThat(i.message())
        .isEqualTo(
            "the new schema has field 'coupon' (Order.coupon) without a default value, and data"
                + " written with version 1 does not contain it, so the new schema cannot read that"
                + " data");
    assertThat(i.suggestedFix()).startsWith("give `coupon` a default so old data can be read");
  }

  @Test
  void addingAFieldWithADefaultIsFullyCompatible() {
    CompatibilityResult result =
        check(
            CompatibilityMode.FULL,
            record(
                "{\"name\":\"id\",\"type\":\"string\"},"
                    + "{\"name\":\"coupon\",\"type\":[\"null\",\"string\"],\"default\":null}"),
            record("{\"name\":\"id\",\"type\":\"string\"}"));
    assertThat(result.isCompatible()).isTrue();
    assertThat(result.checkedVersions()).containsExactly(1);
  }

  @Test
  void removingAFieldWithoutADefaultBreaksForward() {
    String old =
        record("{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"coupon\",\"type\":\"string\"}");
    String removed = record("{\"name\":\"id\",\"type\":\"string\"}");

    assertThat(check(CompatibilityMode.BACKWARD, removed, old).isCompatible()).isTrue();
    CompatibilityResult forward = check(CompatibilityMode.FORWARD, removed, old);
    assertThat(forward.incompatibilities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.type())
                  .isEqualTo(IncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
              assertThat(i.direction()).isEqualTo(Direction.FORWARD);
              // The location points into the reader: the existing version.
              assertThat(i.location()).isEqualTo("/fields/1");
              assertThat(i.fieldPath()).isEqualTo("Order.coupon");
              assertThat(i.message()).startsWith("Version 1 requires field 'coupon'");
              assertThat(i.suggestedFix()).startsWith("keep `coupon` in the new schema");
            });
  }

  @Test
  void incompatibleTypeChangeIsATypeMismatch() {
    CompatibilityResult result =
        check(
            CompatibilityMode.BACKWARD,
            record("{\"name\":\"amount\",\"type\":\"int\"}"),
            record("{\"name\":\"amount\",\"type\":\"long\"}"));
    Incompatibility i = result.incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.TYPE_MISMATCH);
    assertThat(i.location()).isEqualTo("/fields/0/type");
    assertThat(i.fieldPath()).isEqualTo("Order.amount");
    assertThat(i.message())
        .isEqualTo(
            "Order.amount: the new schema reads int where version 1 writes long, and Avro cannot"
                + " resolve long to int");
    assertThat(i.suggestedFix()).startsWith("keep `amount` as long");
  }

  @Test
  void typePromotionIsAllowedOneWayOnly() {
    String intField = record("{\"name\":\"amount\",\"type\":\"int\"}");
    String longField = record("{\"name\":\"amount\",\"type\":\"long\"}");
    assertThat(check(CompatibilityMode.BACKWARD, longField, intField).isCompatible()).isTrue();
    assertThat(check(CompatibilityMode.FULL, longField, intField).incompatibilities())
        .extracting(Incompatibility::type, Incompatibility::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                IncompatibilityType.TYPE_MISMATCH, Direction.FORWARD));
  }

  @Test
  void renamedRecordIsANameMismatchUnlessAliased() {
    String old =
        record(
            "{\"name\":\"customer\",\"type\":{\"type\":\"record\",\"name\":\"Customer\","
                + "\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}}");
    String renamed = old.replace("\"name\":\"Customer\"", "\"name\":\"Client\"");
    String aliased =
        old.replace(
            "\"name\":\"Customer\"", "\"name\":\"Client\",\"aliases\":[\"com.acme.Customer\"]");

    Incompatibility i = check(CompatibilityMode.BACKWARD, renamed, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.NAME_MISMATCH);
    assertThat(i.location()).isEqualTo("/fields/0/type/name");
    assertThat(i.fieldPath()).isEqualTo("Order.customer");
    assertThat(i.message()).contains("'com.acme.Client'").contains("'com.acme.Customer'");
    assertThat(i.suggestedFix()).contains("\"aliases\": [\"com.acme.Customer\"]");
    assertThat(check(CompatibilityMode.BACKWARD, aliased, old).isCompatible()).isTrue();
  }

  @Test
  void resizedFixedIsAFixedSizeMismatch() {
    String old =
        record("{\"name\":\"hash\",\"type\":{\"type\":\"fixed\",\"name\":\"Hash\",\"size\":16}}");
    String resized = old.replace("16", "32");
    Incompatibility i = check(CompatibilityMode.BACKWARD, resized, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.FIXED_SIZE_MISMATCH);
    assertThat(i.location()).isEqualTo("/fields/0/type/size");
    assertThat(i.fieldPath()).isEqualTo("Order.hash");
    assertThat(i.message())
        .isEqualTo(
            "Order.hash: fixed type 'com.acme.Hash' is 32 bytes in the new schema but 16 bytes in version 1");
    assertThat(i.suggestedFix()).contains("keep 16 bytes");
  }

  @Test
  void removedEnumSymbolIsMissingUnlessTheEnumHasADefault() {
    String old =
        record(
            "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\","
                + "\"symbols\":[\"PLACED\",\"PAID\",\"CANCELLED\"]}}");
    String removed = old.replace(",\"CANCELLED\"", "");
    String withDefault = removed.replace("]}}", "],\"default\":\"PLACED\"}}");

    Incompatibility i = check(CompatibilityMode.BACKWARD, removed, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.MISSING_ENUM_SYMBOLS);
    assertThat(i.location()).isEqualTo("/fields/0/type/symbols");
    assertThat(i.fieldPath()).isEqualTo("Order.status");
    assertThat(i.detail()).isEqualTo("[CANCELLED]");
    assertThat(i.message())
        .isEqualTo(
            "Order.status: version 1 can write enum symbols [CANCELLED] that enum 'com.acme.Status'"
                + " in the new schema does not have");
    assertThat(i.suggestedFix()).contains("\"default\" symbol");
    assertThat(check(CompatibilityMode.BACKWARD, withDefault, old).isCompatible()).isTrue();
  }

  @Test
  void addedEnumSymbolBreaksForward() {
    String old =
        record(
            "{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\","
                + "\"symbols\":[\"PLACED\",\"PAID\"]}}");
    String added = old.replace("\"PAID\"", "\"PAID\",\"REFUNDED\"");
    assertThat(check(CompatibilityMode.BACKWARD, added, old).isCompatible()).isTrue();
    Incompatibility i = check(CompatibilityMode.FORWARD, added, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.MISSING_ENUM_SYMBOLS);
    assertThat(i.direction()).isEqualTo(Direction.FORWARD);
    assertThat(i.message())
        .startsWith("Order.status: the new schema can write enum symbols [REFUNDED]");
  }

  @Test
  void narrowedUnionIsAMissingUnionBranch() {
    String old = record("{\"name\":\"v\",\"type\":[\"null\",\"string\",\"int\"]}");
    String narrowed = record("{\"name\":\"v\",\"type\":[\"null\",\"string\"]}");
    Incompatibility i = check(CompatibilityMode.BACKWARD, narrowed, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.MISSING_UNION_BRANCH);
    assertThat(i.location()).isEqualTo("/fields/0/type/2");
    assertThat(i.fieldPath()).isEqualTo("Order.v");
    assertThat(i.detail()).isEqualTo("reader union lacking writer type: INT");
    assertThat(i.message())
        .isEqualTo(
            "Order.v: version 1 can write int but the union in the new schema has no branch for it");
    assertThat(i.suggestedFix()).isEqualTo("add int to the union in the new schema");
  }

  @Test
  void nestedArrayRecordFieldsGetADottedPath() {
    String line =
        "{\"type\":\"array\",\"items\":{\"type\":\"record\",\"name\":\"Line\",\"fields\":[%s]}}";
    String old =
        record(
            "{\"name\":\"lines\",\"type\":"
                + line.formatted("{\"name\":\"sku\",\"type\":\"string\"}")
                + "}");
    String added =
        record(
            "{\"name\":\"lines\",\"type\":"
                + line.formatted(
                    "{\"name\":\"sku\",\"type\":\"string\"},{\"name\":\"qty\",\"type\":\"int\"}")
                + "}");
    Incompatibility i = check(CompatibilityMode.BACKWARD, added, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
    assertThat(i.location()).isEqualTo("/fields/0/type/items/fields/1");
    assertThat(i.fieldPath()).isEqualTo("Order.lines[].qty");
  }

  @Test
  void mapValuesAreWalked() {
    String inner = "{\"type\":\"record\",\"name\":\"Attr\",\"fields\":[%s]}";
    String old =
        record(
            "{\"name\":\"attrs\",\"type\":{\"type\":\"map\",\"values\":"
                + inner.formatted("{\"name\":\"v\",\"type\":\"long\"}")
                + "}}");
    String changed = old.replace("\"long\"", "\"boolean\"");
    Incompatibility i = check(CompatibilityMode.BACKWARD, changed, old).incompatibilities().get(0);
    assertThat(i.type()).isEqualTo(IncompatibilityType.TYPE_MISMATCH);
    assertThat(i.location()).isEqualTo("/fields/0/type/values/fields/0/type");
    assertThat(i.fieldPath()).isEqualTo("Order.attrs{}.v");
  }

  @Test
  void writerUnionBranchIndexIsNotMistakenForAReaderBranch() {
    String old = record("{\"name\":\"v\",\"type\":[\"null\",\"string\",\"int\"]}");
    String narrowed = record("{\"name\":\"v\",\"type\":[\"null\",\"string\"]}");
    org.apache.avro.Schema reader = parser.parse(narrowed).schema();
    // "/2" is the writer's branch; the reader union has no third branch, so the walk stops.
    assertThat(AvroPaths.fieldPath(reader, "/fields/0/type/2")).isEqualTo("Order.v");
    assertThat(AvroPaths.fieldPath(reader, "/fields/0/type/1")).isEqualTo("Order.v");
    assertThat(check(CompatibilityMode.BACKWARD, narrowed, old).isCompatible()).isFalse();
  }

  @Test
  void fieldPathOfAnEmptyOrRootPointerIsTheRecordName() {
    org.apache.avro.Schema s = parser.parse(record("{\"name\":\"a\",\"type\":\"int\"}")).schema();
    assertThat(AvroPaths.fieldPath(s, "")).isEqualTo("Order");
    assertThat(AvroPaths.fieldPath(s, "/fields/7")).isEqualTo("Order");
    assertThat(AvroPaths.fieldPath(s, "/fields/0/type")).isEqualTo("Order.a");
  }

  @Test
  void confluentVerboseMessagesNameTheTypeTheVersionAndTheMode() {
    CompatibilityResult result =
        check(
            CompatibilityMode.BACKWARD,
            record(
                "{\"name\":\"id\",\"type\":\"string\"},{\"name\":\"coupon\",\"type\":\"string\"}"),
            record("{\"name\":\"id\",\"type\":\"string\"}"));
    assertThat(result.confluentMessages())
        .hasSize(3)
        .satisfies(
            m -> {
              assertThat(m.get(0))
                  .startsWith(
                      "{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE', description:'the new schema has field 'coupon'")
                  .endsWith("additionalInfo:'coupon'}");
              assertThat(m.get(1)).isEqualTo("{oldSchemaVersion: 1}");
              assertThat(m.get(2)).isEqualTo("{compatibility: 'BACKWARD'}");
            });
  }

  @Test
  void transitiveModesCatchWhatTheLatestVersionHides() {
    AvroParsedSchema v1 = parser.parse(Fixtures.read("avro/order_v1.avsc"));
    AvroParsedSchema v2 = parser.parse(Fixtures.read("avro/order_v2.avsc"));
    AvroParsedSchema v3 = parser.parse(Fixtures.read("avro/order_v3.avsc"));

    // v1 -> v2 and v2 -> v3 are each backward compatible...
    assertThat(
            checker
                .check(CompatibilityMode.BACKWARD, v2, List.of(new VersionedSchema(1, v1)))
                .isCompatible())
        .isTrue();
    List<VersionedSchema> history = List.of(new VersionedSchema(2, v2), new VersionedSchema(1, v1));
    CompatibilityResult latestOnly = checker.check(CompatibilityMode.BACKWARD, v3, history);
    assertThat(latestOnly.isCompatible()).isTrue();
    assertThat(latestOnly.checkedVersions()).containsExactly(2);

    // ...but v3 cannot read v1's data.
    CompatibilityResult transitive =
        checker.check(CompatibilityMode.BACKWARD_TRANSITIVE, v3, history);
    assertThat(transitive.checkedVersions()).containsExactly(2, 1);
    assertThat(transitive.incompatibilities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.againstVersion()).isEqualTo(1);
              assertThat(i.type())
                  .isEqualTo(IncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
              assertThat(i.fieldPath()).isEqualTo("Order.coupon");
            });
    assertThat(transitive.against(1)).hasSize(1);
    assertThat(transitive.against(2)).isEmpty();
  }

  @Test
  void forwardTransitiveChecksEveryVersionAsReader() {
    AvroParsedSchema v1 = parser.parse(Fixtures.read("avro/order_v3.avsc")); // coupon required
    AvroParsedSchema v2 = parser.parse(Fixtures.read("avro/order_v2.avsc")); // coupon defaulted
    AvroParsedSchema v3 = parser.parse(Fixtures.read("avro/order_v1.avsc")); // coupon gone
    List<VersionedSchema> history = List.of(new VersionedSchema(2, v2), new VersionedSchema(1, v1));

    assertThat(checker.check(CompatibilityMode.FORWARD, v3, history).isCompatible()).isTrue();
    CompatibilityResult transitive =
        checker.check(CompatibilityMode.FORWARD_TRANSITIVE, v3, history);
    assertThat(transitive.incompatibilities())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.againstVersion()).isEqualTo(1);
              assertThat(i.direction()).isEqualTo(Direction.FORWARD);
            });
    CompatibilityResult fullTransitive =
        checker.check(CompatibilityMode.FULL_TRANSITIVE, v3, history);
    assertThat(fullTransitive.incompatibilities())
        .extracting(Incompatibility::againstVersion)
        .containsExactly(1);
    assertThat(checker.check(CompatibilityMode.FULL, v3, history).isCompatible()).isTrue();
  }

  @Test
  void noneChecksNothing() {
    CompatibilityResult result =
        check(
            CompatibilityMode.NONE,
            record("{\"name\":\"amount\",\"type\":\"string\"}"),
            record("{\"name\":\"amount\",\"type\":\"long\"}"));
    assertThat(result.isCompatible()).isTrue();
    assertThat(result.checkedVersions()).isEmpty();
  }
}
