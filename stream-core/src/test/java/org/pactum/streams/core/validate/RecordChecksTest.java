package org.pactum.streams.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CheckType;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.Pii;
import org.pactum.contracts.model.PiiCategory;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.streams.core.ErrorClass;
import org.pactum.streams.core.Reason;

/** The per-record semantics of each row-level check, against the check engine's SQL. */
class RecordChecksTest {
  private static final SourcePosition AT = SourcePosition.UNKNOWN;
  private static final Schema SCHEMA =
      new Schema.Parser()
          .parse(
              """
              {"type": "record", "name": "R", "fields": [
                {"name": "n", "type": ["null", "long"]},
                {"name": "score", "type": ["null", "double"]},
                {"name": "price", "type": ["null",
                  {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}]},
                {"name": "day", "type": ["null", {"type": "int", "logicalType": "date"}]},
                {"name": "at", "type": ["null", {"type": "long", "logicalType": "timestamp-millis"}]},
                {"name": "local", "type": ["null",
                  {"type": "long", "logicalType": "local-timestamp-millis"}]},
                {"name": "name", "type": ["null", "string"]},
                {"name": "flag", "type": ["null", "boolean"]},
                {"name": "kind", "type": ["null", {"type": "enum", "name": "K", "symbols": ["A", "B"]}]},
                {"name": "address", "type": ["null", {"type": "record", "name": "Addr",
                  "fields": [{"name": "city", "type": ["null", "string"]}]}]},
                {"name": "tags", "type": {"type": "array", "items": "string"}}
              ]}
              """);

  private static GenericRecord record(Map<String, Object> values) {
    GenericData.Record r = new GenericData.Record(SCHEMA);
    r.put("tags", List.of());
    values.forEach(r::put);
    return r;
  }

  private static DataContract contract(List<Check> checks) {
    return new DataContract(
        "t.r",
        "1.0.0",
        ContractStatus.ACTIVE,
        new Owner("team", null, null, null),
        "",
        new SchemaSpec(SchemaFormat.AVRO, "r.avsc", null, null),
        null,
        checks,
        new Pii(
            "customer",
            "name",
            Map.of("address", new PiiField(ErasureAction.NULLIFY, PiiCategory.ADDRESS))));
  }

  private static List<Reason> enforced(Check check, Map<String, Object> values) {
    return new RecordChecks(contract(List.of(check))).evaluate(record(values)).enforced();
  }

  private static RangeCheck range(String column, RangeBound min, RangeBound max) {
    return new RangeCheck("range(" + column + ")", column, min, max, Thresholds.STRICT, AT);
  }

  private static RangeBound num(String v) {
    return new RangeBound.NumericBound(new BigDecimal(v));
  }

  @Test
  void notNullFailsOnNullAndOnAFieldTheWriterSchemaLacks() {
    assertThat(enforced(new NotNullCheck("nn", "n", Thresholds.STRICT, AT), Map.of("n", 1L)))
        .isEmpty();
    assertThat(enforced(new NotNullCheck("nn", "n", Thresholds.STRICT, AT), Map.of()))
        .containsExactly(
            new Reason(ErrorClass.CHECK_FAILED, "nn", CheckType.NOT_NULL, "n", "not null", "null"));
    assertThat(enforced(new NotNullCheck("nn", "missing", Thresholds.STRICT, AT), Map.of()))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.actual()).isEqualTo("absent: the writer schema has no field missing"));
  }

  @Test
  void rangeIsInclusiveAndSkipsNulls() {
    RangeCheck c = range("n", num("0"), num("10"));
    assertThat(enforced(c, Map.of("n", 0L))).isEmpty();
    assertThat(enforced(c, Map.of("n", 10L))).isEmpty();
    assertThat(enforced(c, Map.of())).isEmpty();
    assertThat(enforced(c, Map.of("n", 11L)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.expected()).isEqualTo("in [0, 10]");
              assertThat(r.actual()).isEqualTo("11");
            });
    assertThat(enforced(c, Map.of("n", -1L))).hasSize(1);
  }

  @Test
  void aFractionalBoundOnWholeNumbersViolatesForTheSameIntegersAsTheSql() {
    RangeCheck c = range("n", num("0.5"), num("9.5"));
    assertThat(enforced(c, Map.of("n", 0L))).hasSize(1);
    assertThat(enforced(c, Map.of("n", 1L))).isEmpty();
    assertThat(enforced(c, Map.of("n", 9L))).isEmpty();
    assertThat(enforced(c, Map.of("n", 10L))).hasSize(1);
  }

  @Test
  void doublesCompareAsDoublesAndNanFails() {
    RangeCheck c = range("score", null, num("1"));
    assertThat(enforced(c, Map.of("score", 1.0))).isEmpty();
    assertThat(enforced(c, Map.of("score", 1.0000001))).hasSize(1);
    assertThat(enforced(c, Map.of("score", Double.NaN))).hasSize(1);
    assertThat(enforced(c, Map.of("score", Double.NEGATIVE_INFINITY))).isEmpty();
    assertThat(enforced(range("score", num("0"), null), Map.of("score", Double.NaN))).hasSize(1);
  }

  @Test
  void decimalsCompareExactly() {
    RangeCheck c = range("price", num("0"), num("100000"));
    assertThat(enforced(c, Map.of("price", new BigDecimal("100000.00")))).isEmpty();
    assertThat(enforced(c, Map.of("price", new BigDecimal("100000.01")))).hasSize(1);
  }

  @Test
  void dateBoundsOnDatesTimestampsAndLocalTimestamps() {
    RangeBound from = new RangeBound.DateBound(LocalDate.parse("2015-01-01"));
    assertThat(enforced(range("day", from, null), Map.of("day", LocalDate.parse("2015-01-01"))))
        .isEmpty();
    assertThat(enforced(range("day", from, null), Map.of("day", LocalDate.parse("2014-12-31"))))
        .hasSize(1);
    // a date bound on a timestamp is its midnight UTC
    assertThat(
            enforced(range("at", from, null), Map.of("at", Instant.parse("2015-01-01T00:00:00Z"))))
        .isEmpty();
    assertThat(
            enforced(
                range("at", from, null), Map.of("at", Instant.parse("2014-12-31T23:59:59.999Z"))))
        .hasSize(1);
    assertThat(
            enforced(
                range("local", from, null),
                Map.of("local", LocalDateTime.parse("2014-12-31T23:59:59"))))
        .hasSize(1);
    RangeBound until = new RangeBound.TimestampBound(Instant.parse("2020-01-01T12:00:00Z"));
    assertThat(
            enforced(
                range("local", null, until),
                Map.of("local", LocalDateTime.parse("2020-01-01T12:00:00"))))
        .isEmpty();
    assertThat(enforced(range("day", null, until), Map.of("day", LocalDate.parse("2020-01-02"))))
        .hasSize(1);
  }

  @Test
  void aValueOfAnotherTypeThanTheBoundFails() {
    assertThat(enforced(range("name", null, num("5")), Map.of("name", "abc"))).hasSize(1);
    assertThat(
            enforced(
                range("n", new RangeBound.DateBound(LocalDate.parse("2015-01-01")), null),
                Map.of("n", 5L)))
        .hasSize(1);
  }

  @Test
  void acceptedValuesCompareInTheFieldsType() {
    AcceptedValuesCheck kinds =
        new AcceptedValuesCheck("av", "kind", List.of("A"), Thresholds.STRICT, AT);
    GenericData.EnumSymbol a =
        new GenericData.EnumSymbol(SCHEMA.getField("kind").schema().getTypes().get(1), "A");
    GenericData.EnumSymbol b =
        new GenericData.EnumSymbol(SCHEMA.getField("kind").schema().getTypes().get(1), "B");
    assertThat(enforced(kinds, Map.of("kind", a))).isEmpty();
    assertThat(enforced(kinds, Map.of("kind", b)))
        .singleElement()
        .satisfies(r -> assertThat(r.expected()).isEqualTo("one of [A]"));
    assertThat(enforced(kinds, Map.of())).isEmpty();
    AcceptedValuesCheck numbers =
        new AcceptedValuesCheck("av", "n", List.of("1.0", "2"), Thresholds.STRICT, AT);
    assertThat(enforced(numbers, Map.of("n", 1L))).isEmpty();
    assertThat(enforced(numbers, Map.of("n", 3L))).hasSize(1);
    AcceptedValuesCheck flags =
        new AcceptedValuesCheck("av", "flag", List.of("TRUE"), Thresholds.STRICT, AT);
    assertThat(enforced(flags, Map.of("flag", true))).isEmpty();
    assertThat(enforced(flags, Map.of("flag", false))).hasSize(1);
    AcceptedValuesCheck text =
        new AcceptedValuesCheck("av", "name", List.of("eur"), Thresholds.STRICT, AT);
    assertThat(enforced(text, Map.of("name", "EUR"))).hasSize(1);
    AcceptedValuesCheck days =
        new AcceptedValuesCheck("av", "day", List.of("2020-01-01"), Thresholds.STRICT, AT);
    assertThat(enforced(days, Map.of("day", LocalDate.parse("2020-01-01")))).isEmpty();
    assertThat(enforced(days, Map.of("day", LocalDate.parse("2020-01-02")))).hasSize(1);
  }

  @Test
  void regexSearchesAnywhereUnlessAnchored() {
    RegexCheck anywhere = new RegexCheck("rx", "name", "b+", Thresholds.STRICT, AT);
    assertThat(enforced(anywhere, Map.of("name", "abbc"))).isEmpty();
    assertThat(enforced(anywhere, Map.of("name", "ac"))).hasSize(1);
    assertThat(enforced(anywhere, Map.of())).isEmpty();
    RegexCheck anchored = new RegexCheck("rx", "name", "^b+$", Thresholds.STRICT, AT);
    assertThat(enforced(anchored, Map.of("name", "abbc"))).hasSize(1);
  }

  @Test
  void nestedPathsReadThroughRecordsAndANullParentIsNull() {
    Schema addr = SCHEMA.getField("address").schema().getTypes().get(1);
    GenericData.Record a = new GenericData.Record(addr);
    a.put("city", "Lyon");
    NotNullCheck city = new NotNullCheck("nn", "address.city", Thresholds.STRICT, AT);
    assertThat(enforced(city, Map.of("address", a))).isEmpty();
    assertThat(enforced(city, Map.of()))
        .singleElement()
        .satisfies(r -> assertThat(r.actual()).isEqualTo("null"));
    assertThat(enforced(new NotNullCheck("nn", "tags.x", Thresholds.STRICT, AT), Map.of()))
        .singleElement()
        .satisfies(r -> assertThat(r.actual()).startsWith("absent: the path crosses"));
  }

  @Test
  void piiValuesAreMaskedWithTheCheckEnginesMasksIncludingInsideAPiiRecord() {
    Schema addr = SCHEMA.getField("address").schema().getTypes().get(1);
    GenericData.Record a = new GenericData.Record(addr);
    a.put("city", "Lyon");
    assertThat(
            enforced(
                new RegexCheck("rx", "address.city", "^[A-Z]+$", Thresholds.STRICT, AT),
                Map.of("address", a)))
        .singleElement()
        .satisfies(r -> assertThat(r.actual()).isEqualTo("<masked address>"));
    // the subject key is PII too
    assertThat(
            enforced(
                new AcceptedValuesCheck("av", "name", List.of("x"), Thresholds.STRICT, AT),
                Map.of("name", "Ana Lima")))
        .singleElement()
        .satisfies(r -> assertThat(r.actual()).isEqualTo("<masked customer id>"));
  }

  @Test
  void toleratedChecksAreReportedButNotEnforced() {
    RegexCheck mostly = new RegexCheck("rx", "name", "^x", new Thresholds(null, 0.01), AT);
    RecordChecks.Failures f =
        new RecordChecks(contract(List.of(mostly))).evaluate(record(Map.of("name", "y")));
    assertThat(f.enforced()).isEmpty();
    assertThat(f.tolerated()).extracting(Reason::check).containsExactly("rx");
    RegexCheck warnOnly = new RegexCheck("rx", "name", "^x", new Thresholds(0.1, null), AT);
    assertThat(
            new RecordChecks(contract(List.of(warnOnly)))
                .evaluate(record(Map.of("name", "y")))
                .enforced())
        .isEmpty();
  }

  @Test
  void uniqueAndAggregateChecksAreNotPerRecord() {
    UniqueCheck unique = new UniqueCheck("u", List.of("n"), Thresholds.STRICT, AT);
    RowCountCheck rows =
        new RowCountCheck("row_count", new Bounds(1.0, null), Bounds.NONE, null, AT);
    RecordChecks checks = new RecordChecks(contract(List.of(unique, rows)));
    assertThat(checks.perRecord()).isEmpty();
    assertThat(checks.perWindowOnly()).containsExactly(unique, rows);
  }

  @Test
  void passesDecidesByTheEnforcedChecksAlone() {
    RegexCheck tolerated = new RegexCheck("rx", "name", "^x", new Thresholds(null, 0.01), AT);
    NotNullCheck enforced = new NotNullCheck("nn", "n", Thresholds.STRICT, AT);
    RecordChecks checks = new RecordChecks(contract(List.of(tolerated, enforced)));

    assertThat(checks.passes(record(Map.of("n", 1L, "name", "y")))).isTrue();
    assertThat(checks.passes(record(Map.of("name", "x")))).isFalse();
    assertThat(
            new RecordChecks(
                    contract(List.of(new NotNullCheck("nn", "missing", Thresholds.STRICT, AT))))
                .passes(record(Map.of())))
        .isFalse();
    assertThat(checks.evaluate(record(Map.of("n", 1L, "name", "x"))))
        .isSameAs(RecordChecks.Failures.NONE);
  }

  @Test
  void oneCheckReadsRecordsOfSeveralWriterSchemasAlternately() {
    Schema moved =
        new Schema.Parser()
            .parse(
                """
                {"type": "record", "name": "R2", "fields": [
                  {"name": "other", "type": "string"},
                  {"name": "n", "type": ["null", "long"]}
                ]}
                """);
    Schema lacking =
        new Schema.Parser().parse("{\"type\": \"record\", \"name\": \"R3\", \"fields\": []}");
    RecordChecks checks =
        new RecordChecks(contract(List.of(new NotNullCheck("nn", "n", Thresholds.STRICT, AT))));
    GenericData.Record movedNull = new GenericData.Record(moved);
    movedNull.put("other", "x");
    GenericData.Record movedSet = new GenericData.Record(moved);
    movedSet.put("other", "x");
    movedSet.put("n", 5L);

    for (int i = 0; i < 3; i++) {
      assertThat(checks.passes(record(Map.of("n", 1L)))).isTrue();
      assertThat(checks.passes(movedNull)).isFalse();
      assertThat(checks.passes(movedSet)).isTrue();
      assertThat(checks.passes(new GenericData.Record(lacking))).isFalse();
      assertThat(checks.evaluate(new GenericData.Record(lacking)).enforced())
          .singleElement()
          .satisfies(
              r -> assertThat(r.actual()).isEqualTo("absent: the writer schema has no field n"));
    }
  }
}
