package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.contracts.Fixtures.contract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.Fixtures;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.AnomalyDirection;
import org.pactum.contracts.model.AnomalyMethod;
import org.pactum.contracts.model.AnomalySpec;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.DriftMethod;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.KafkaBinding;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.MetricCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.PiiCategory;
import org.pactum.contracts.model.PiiField;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.Seasonality;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.contracts.problem.Problem;

class ContractParserTest {

  static final Path FILE = Path.of("c.contract.yaml");

  private final ContractParser parser = new ContractParser();

  private ParseResult parse(String text) {
    return parser.parse(FILE, text);
  }

  private List<String> formatted(String text) {
    return parse(text).problems().stream().map(Problem::format).toList();
  }

  @Test
  void aDatasetTableMayBeALakeFileFunctionButNotOtherSql() {
    String base =
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: lake.orders
        version: 1.0.0
        owner: {team: data}
        schema: {format: avro, file: o.avsc}
        dataset: {datasource: lake, table: %s}
        """;

    ParseResult parquet = parse(base.formatted("\"read_parquet('s3://lake/it''s/*.parquet')\""));
    List<String> injected = formatted(base.formatted("\"orders; drop table x\""));
    List<String> otherFunction = formatted(base.formatted("\"pg_read_file('/etc/passwd')\""));

    assertThat(parquet.problems()).isEmpty();
    assertThat(parquet.contract().orElseThrow().dataset().table())
        .isEqualTo("read_parquet('s3://lake/it''s/*.parquet')");
    assertThat(injected)
        .singleElement()
        .asString()
        .startsWith("c.contract.yaml:7:")
        .contains("file function");
    assertThat(otherFunction).singleElement().asString().startsWith("c.contract.yaml:7:");
  }

  @Test
  void readsAFullContract() {
    ParseResult result =
        parse(
            """
            apiVersion: pactum/v1
            kind: DataContract
            id: orders.order_placed
            version: 3.1.0-rc.1
            status: deprecated
            owner: {team: checkout, email: a@example.com, slack: "#c", pagerduty: p}
            description: Orders.
            tags: [a, b]
            schema: {format: protobuf, file: o.proto, message: x.Order, compatibility: full_transitive}
            dataset: {datasource: warehouse, table: public.orders, load_scope: "loaded_at >= :since"}
            pii:
              subject: customer
              key: customer_id
              fields:
                email: {erasure: nullify, category: email}
                phone: hash
            """);

    assertThat(result.problems()).isEmpty();
    DataContract c = result.contract().orElseThrow();
    assertThat(c.id()).isEqualTo("orders.order_placed");
    assertThat(c.version()).isEqualTo("3.1.0-rc.1");
    assertThat(c.status()).isEqualTo(ContractStatus.DEPRECATED);
    assertThat(c.owner().team()).isEqualTo("checkout");
    assertThat(c.owner().slack()).isEqualTo("#c");
    assertThat(c.description()).isEqualTo("Orders.");
    assertThat(c.tags()).containsExactly("a", "b");
    assertThat(c.schema().format()).isEqualTo(SchemaFormat.PROTOBUF);
    assertThat(c.schema().message()).isEqualTo("x.Order");
    assertThat(c.schema().compatibility()).isEqualTo(CompatibilityMode.FULL_TRANSITIVE);
    assertThat(c.dataset().table()).isEqualTo("public.orders");
    assertThat(c.dataset().loadScope()).isEqualTo("loaded_at >= :since");
    assertThat(c.pii().key()).isEqualTo("customer_id");
    assertThat(c.pii().fields())
        .containsEntry("email", new PiiField(ErasureAction.NULLIFY, PiiCategory.EMAIL))
        .containsEntry("phone", new PiiField(ErasureAction.HASH, null));
    assertThat(c.sourceMap().at("schema.file")).isEqualTo(SourcePosition.of(9, 34));
    assertThat(c.sourceMap().at("pii.fields.phone")).isEqualTo(SourcePosition.of(16, 5));
  }

  @Test
  void appliesDefaults() {
    DataContract c = parse(contract("")).contract().orElseThrow();

    assertThat(c.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(c.schema().compatibility()).isEqualTo(CompatibilityMode.BACKWARD);
    assertThat(c.checks()).isEmpty();
    assertThat(c.pii()).isNull();
  }

  @Test
  void malformedYamlIsReportedWhereTheYamlParserStopped() {
    ParseResult result = parse("id: x\nchecks: [a, b\nowner: {}\n");

    assertThat(result.problems()).hasSize(1);
    Problem p = result.problems().get(0);
    assertThat(p.code()).isEqualTo("yaml-syntax");
    assertThat(p.format())
        .isEqualTo(
            "c.contract.yaml:3:6: malformed YAML: expected ',' or ']', but got :"
                + " (while parsing a flow sequence started at line 2, column 9)");
  }

  @Test
  void aDocumentThatIsNotAMappingHasNoContract() {
    ParseResult result = parse("- a\n- b\n");

    assertThat(formatted("- a\n- b\n"))
        .containsExactly(
            "c.contract.yaml:1:1: a contract file must be a YAML mapping (apiVersion, kind, id...),"
                + " found a list");
  }

  @Test
  void emptyFile() {
    assertThat(formatted("")).containsExactly("c.contract.yaml:1:1: the contract file is empty");
  }

  @Test
  void unknownKeyWithSuggestion() {
    assertThat(formatted(contract("chekcs:\n  - row_count: {min: 1}\n")))
        .containsExactly("c.contract.yaml:8:1: unknown key 'chekcs' (did you mean 'checks'?)");
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheKeys() {
    assertThat(formatted(contract("dataset2: {}\n")).get(0))
        .startsWith("c.contract.yaml:8:1: unknown key 'dataset2' (did you mean 'dataset'?)");
    assertThat(formatted(contract("zzzzzz: 1\n")))
        .containsExactly(
            "c.contract.yaml:8:1: unknown key 'zzzzzz' in the contract; expected one of:"
                + " apiVersion, kind, id, version, status, owner, description, tags, schema,"
                + " dataset, checks, pii, kafka");
  }

  @Test
  void unknownKeyInsideACheck() {
    assertThat(formatted(contract("checks:\n  - range: {column: amount, mn: 0, max: 5}\n")))
        .containsExactly("c.contract.yaml:9:29: unknown key 'mn' (did you mean 'min'?)");
  }

  @Test
  void wrongType() {
    assertThat(formatted(contract("checks: not_null\n")))
        .containsExactly("c.contract.yaml:8:9: checks: expected a list, found a string");
    assertThat(formatted(contract("checks:\n  - range: {column: amount, min: zero}\n")))
        .containsExactly(
            "c.contract.yaml:9:34: min: 'zero' is neither a number, an ISO date (2024-01-31) nor"
                + " an ISO timestamp with offset (2024-01-31T12:00:00Z)");
    assertThat(formatted(contract("checks:\n  - null_rate: {column: a, fail: high}\n")))
        .containsExactly("c.contract.yaml:9:34: fail: expected a number, found a string");
  }

  @Test
  void badRegexReportsThePatternError() {
    assertThat(formatted(contract("checks:\n  - regex: {column: email, pattern: '[a-z'}\n")))
        .containsExactly(
            "c.contract.yaml:9:37: invalid regex '[a-z': Unclosed character class near index 3");
  }

  @Test
  void badDuration() {
    assertThat(
            formatted(contract("checks:\n  - freshness: {column: placed_at, max_age: 2 hours}\n")))
        .containsExactly(
            "c.contract.yaml:9:45: invalid duration '2 hours' for max_age: expected a duration"
                + " such as 30m, 2h, 1d, 1h30m or ISO-8601 PT2H, P1D");
    assertThat(formatted(contract("checks:\n  - freshness: {column: placed_at, max_age: 30}\n")))
        .containsExactly(
            "c.contract.yaml:9:45: max_age: expected a duration such as 30m, 2h, 1d, 1h30m or"
                + " ISO-8601 PT2H, P1D, found a number (add a unit)");
  }

  @Test
  void freshnessParsesBothDurationForms() {
    DataContract c =
        parse(contract("checks:\n  - freshness: {column: t, max_age: P1D, warn_age: 1h30m}\n"))
            .contract()
            .orElseThrow();

    FreshnessCheck f = (FreshnessCheck) c.checks().get(0);
    assertThat(f.maxAge()).isEqualTo(Duration.ofDays(1));
    assertThat(f.warnAge()).isEqualTo(Duration.ofMinutes(90));
    assertThat(f.name()).isEqualTo("freshness(t)");
  }

  @Test
  void warnAgeMustBeShorterThanMaxAge() {
    assertThat(
            formatted(contract("checks:\n  - freshness: {column: t, max_age: 1h, warn_age: 2h}\n")))
        .containsExactly(
            "c.contract.yaml:9:51: warn_age (2h) must be shorter than max_age (1h): the warning"
                + " comes first");
  }

  @Test
  void thresholdValidation() {
    String body =
        """
        checks:
          - null_rate: {column: a, warn: 1.5}
          - regex: {column: a, pattern: x, mostly: 0}
          - range: {column: a, min: 10, max: 1}
          - null_rate: {column: a, warn: 0.5, fail: 0.1}
          - row_count: {min: 10, warn_min: 5}
          - regex: {column: a, pattern: x, mostly: 0.9, fail: 0.1}
          - drift: {column: a, method: ks, fail: 2}
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:9:34: warn must be in [0, 1] (a null rate is a fraction in [0, 1]);"
                + " found 1.5",
            "c.contract.yaml:10:44: mostly must be in (0, 1], the fraction of rows that must pass;"
                + " found 0.0",
            "c.contract.yaml:11:29: range min (10) is greater than max (1)",
            "c.contract.yaml:12:34: warn (0.5) must not exceed fail (0.1): warnings come before"
                + " failures",
            "c.contract.yaml:13:36: warn_min (5) is below min (10): the warning band must lie"
                + " inside the failing band",
            "c.contract.yaml:14:44: give either mostly or fail, not both (mostly: m means fail:"
                + " 1 - m)",
            "c.contract.yaml:15:42: fail must be in [0, 1] (the ks statistic lies in [0, 1]);"
                + " found 2.0");
  }

  @Test
  void mostlyBecomesAnExactFailLimit() {
    Check check =
        parse(contract("checks:\n  - not_null: {column: a, mostly: 0.99}\n"))
            .contract()
            .orElseThrow()
            .checks()
            .get(0);

    assertThat(((NotNullCheck) check).thresholds()).isEqualTo(new Thresholds(null, 0.01));
    assertThat(((NotNullCheck) check).thresholds().mostly()).isEqualTo(0.99);
  }

  @Test
  void compatibilityModeMustBeOneOfTheSeven() {
    String text =
        Fixtures.HEADER.replace(
            "schema: {format: avro, file: order.avsc}",
            "schema: {format: avro, file: order.avsc, compatibility: BACKWARDS}");

    assertThat(formatted(text))
        .containsExactly(
            "c.contract.yaml:6:57: unknown compatibility mode 'BACKWARDS' (did you mean"
                + " 'BACKWARD'?); expected one of: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD,"
                + " FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE");
  }

  @Test
  void requiredFieldsAndTheirForms() {
    String text =
        """
        apiVersion: pactum/v2
        kind: Contract
        id: Orders
        version: 3.1
        owner: {email: nobody}
        schema: {format: protobuf, file: o.proto}
        """;

    assertThat(formatted(text))
        .containsExactly(
            "c.contract.yaml:1:13: unsupported apiVersion 'pactum/v2'; expected 'pactum/v1'",
            "c.contract.yaml:2:7: unsupported kind 'Contract'; expected 'DataContract'",
            "c.contract.yaml:3:5: invalid id 'Orders': expected a lower-case id such as"
                + " orders.order_placed (letters, digits, '_', '.', '-'; starting with a letter)",
            "c.contract.yaml:4:10: invalid version '3.1': expected a semantic version"
                + " MAJOR.MINOR.PATCH such as 1.0.0 (YAML read this as a number; write all three"
                + " parts)",
            "c.contract.yaml:5:8: missing required key 'team' in owner",
            "c.contract.yaml:5:16: invalid email 'nobody': expected an e-mail address",
            "c.contract.yaml:6:9: missing required key 'message' in schema (protobuf needs the"
                + " message name)");
  }

  @Test
  void missingTopLevelKeysAreEachReported() {
    assertThat(formatted("description: nothing else\n"))
        .containsExactly(
            "c.contract.yaml:1:1: missing required key 'apiVersion' in the contract",
            "c.contract.yaml:1:1: missing required key 'id' in the contract",
            "c.contract.yaml:1:1: missing required key 'kind' in the contract",
            "c.contract.yaml:1:1: missing required key 'owner' in the contract",
            "c.contract.yaml:1:1: missing required key 'schema' in the contract",
            "c.contract.yaml:1:1: missing required key 'version' in the contract");
  }

  @Test
  void duplicateKeys() {
    assertThat(formatted(contract("id: again\n")))
        .containsExactly("c.contract.yaml:8:1: duplicate key 'id' (first defined at line 3)");
  }

  @Test
  void unknownCheckType() {
    assertThat(formatted(contract("checks:\n  - not_nul: [a]\n")).get(0))
        .isEqualTo(
            "c.contract.yaml:9:5: unknown check type 'not_nul' (did you mean 'not_null'?);"
                + " expected one of: row_count, not_null, unique, range, accepted_values, regex,"
                + " null_rate, mean, median, stddev, sum, distinct_count, duplicate_count, avg_length, metric,"
                + " drift, freshness, sql");
  }

  @Test
  void aCheckItemWithTwoKeysIsRejected() {
    assertThat(formatted(contract("checks:\n  - not_null: [a]\n    mostly: 0.9\n")))
        .containsExactly(
            "c.contract.yaml:9:5: a check is one key, its type, with the parameters nested under"
                + " it; found 2 keys (not_null, mostly)");
  }

  @Test
  void listFormNotNullExpandsIntoOneCheckPerColumn() {
    DataContract c =
        parse(contract("checks:\n  - not_null: [order_id, customer_id, amount]\n"))
            .contract()
            .orElseThrow();

    assertThat(c.checks())
        .containsExactly(
            new NotNullCheck(
                "not_null(order_id)", "order_id", Thresholds.STRICT, SourcePosition.of(9, 16)),
            new NotNullCheck(
                "not_null(customer_id)",
                "customer_id",
                Thresholds.STRICT,
                SourcePosition.of(9, 26)),
            new NotNullCheck(
                "not_null(amount)", "amount", Thresholds.STRICT, SourcePosition.of(9, 39)));
  }

  @Test
  void uniqueOverSeveralColumnsIsOneCompositeCheck() {
    DataContract c =
        parse(contract("checks:\n  - unique: [customer_id, placed_at]\n")).contract().orElseThrow();

    assertThat(c.checks())
        .containsExactly(
            new UniqueCheck(
                "unique(customer_id,placed_at)",
                List.of("customer_id", "placed_at"),
                Thresholds.STRICT,
                SourcePosition.of(9, 5)));
  }

  @Test
  void freshnessLagAndDuplicateCountAcceptAnomaly() {
    String body =
        """
        checks:
          - freshness: {column: t, max_age: 1d, anomaly: {direction: spike, min_history: 5}}
          - duplicate_count: {column: id, anomaly: {}}
          - metric: {metric: duplicate_count, column: id, max: 10}
          - freshness: {column: u, max_age: 2h}
        """;

    DataContract c = parse(contract(body)).contract().orElseThrow();

    FreshnessCheck f = (FreshnessCheck) c.checks().get(0);
    assertThat(f.name()).isEqualTo("freshness(t)");
    assertThat(f.maxAge()).isEqualTo(Duration.ofDays(1));
    assertThat(f.anomaly().direction()).isEqualTo(AnomalyDirection.SPIKE);
    assertThat(f.anomaly().minHistory()).isEqualTo(5);
    MetricCheck d = (MetricCheck) c.checks().get(1);
    assertThat(d.metric()).isEqualTo(Metric.DUPLICATE_COUNT);
    assertThat(d.name()).isEqualTo("duplicate_count_anomaly(id)");
    assertThat(d.anomaly()).isEqualTo(AnomalySpec.DEFAULTS);
    MetricCheck limited = (MetricCheck) c.checks().get(2);
    assertThat(limited.name()).isEqualTo("duplicate_count(id)");
    assertThat(limited.fail().max()).isEqualTo(10.0);
    assertThat(limited.anomaly()).isNull();
    assertThat(((FreshnessCheck) c.checks().get(3)).anomaly()).isNull();
    // anomaly does not replace max_age: a freshness check still needs its hard limit
    assertThat(formatted(contract("checks:\n  - freshness: {column: t, anomaly: {}}\n")))
        .singleElement()
        .asString()
        .contains("max_age");
  }

  @Test
  void anomalyOptionsParseWithTheirDefaults() {
    String body =
        """
        checks:
          - row_count: {anomaly: {warn_sensitivity: 2, fail_sensitivity: 5, method: robust, seasonality: holt_winters, min_change: 100, min_change_pct: 5, fail_on_zero: true, max_age: 60d, direction: spike}}
          - null_rate: {column: c, anomaly: {sensitivity: 2.5, direction: down}}
        """;

    DataContract c = parse(contract(body)).contract().orElseThrow();

    AnomalySpec a = ((RowCountCheck) c.checks().get(0)).anomaly();
    assertThat(a.effectiveWarnSensitivity()).isEqualTo(2);
    assertThat(a.effectiveFailSensitivity()).isEqualTo(5);
    assertThat(a.method()).isEqualTo(AnomalyMethod.ROBUST);
    assertThat(a.seasonality()).isEqualTo(Seasonality.HOLT_WINTERS);
    assertThat(a.minChange()).isEqualTo(100);
    assertThat(a.minChangePct()).isEqualTo(5);
    assertThat(a.failOnZero()).isTrue();
    assertThat(a.maxAge()).isEqualTo(java.time.Duration.ofDays(60));
    assertThat(a.direction()).isEqualTo(AnomalyDirection.SPIKE);
    assertThat(a.minHistory()).isEqualTo(7);
    assertThat(a.window()).isEqualTo(30);
    AnomalySpec b = ((org.pactum.contracts.model.NullRateCheck) c.checks().get(1)).anomaly();
    // warn = sensitivity, fail = sensitivity + 1 by default; "down" is the alias of "drop".
    assertThat(b.effectiveWarnSensitivity()).isEqualTo(2.5);
    assertThat(b.effectiveFailSensitivity()).isEqualTo(3.5);
    assertThat(b.direction()).isEqualTo(AnomalyDirection.DROP);
    assertThat(b.seasonality()).isEqualTo(Seasonality.AUTO);
    assertThat(b.maxAge()).isEqualTo(java.time.Duration.ofDays(30));
    assertThat(b.failOnZero()).isFalse();
  }

  @Test
  void badAnomalyOptionsAreReportedWithLineAndColumn() {
    String body =
        """
        checks:
          - row_count:
              anomaly:
                warn_sensitivity: 4
                fail_sensitivity: 3
                method: median
                min_change: -1
                min_change_pct: 150
                fail_on_zero: maybe
                max_age: 3
                direction: sideways
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:12:27: fail_sensitivity (3.0) must be at least the warning sensitivity"
                + " (4.0, warn_sensitivity): the failing band lies outside the warning band",
            "c.contract.yaml:13:17: unknown method 'median'; expected one of: band, robust",
            "c.contract.yaml:14:21: min_change must not be negative; found -1.0",
            "c.contract.yaml:15:25: min_change_pct must be between 0 and 100; found 150.0",
            "c.contract.yaml:16:23: fail_on_zero: expected true or false, found a string",
            "c.contract.yaml:17:18: max_age: expected a duration such as 30m, 2h, 1d, 1h30m or"
                + " ISO-8601 PT2H, P1D, found a number (add a unit)",
            "c.contract.yaml:18:20: unknown direction 'sideways'; expected one of: both, spike,"
                + " drop");
  }

  @Test
  void derivedNamesAreStableAndDistinguishAnomalyChecks() {
    String body =
        """
        checks:
          - row_count: {min: 1}
          - row_count: {anomaly: {}}
          - range: {column: amount, min: 0}
          - mean: {column: amount, anomaly: {sensitivity: 2.5, seasonality: day_of_week}}
          - metric: {metric: max, column: amount, max: 10}
          - drift: {column: amount, warn: 0.1}
          - sql: {name: no_future, query: "select count(*) from {table}", max: 0}
        """;

    DataContract c = parse(contract(body)).contract().orElseThrow();

    assertThat(c.checks())
        .extracting(Check::name)
        .containsExactly(
            "row_count",
            "row_count_anomaly",
            "range(amount)",
            "mean_anomaly(amount)",
            "max(amount)",
            "drift(amount)",
            "no_future");
    assertThat(c.checks().get(0))
        .isEqualTo(
            new RowCountCheck(
                "row_count", new Bounds(1.0, null), Bounds.NONE, null, SourcePosition.of(9, 5)));
    assertThat(((RowCountCheck) c.checks().get(1)).anomaly()).isEqualTo(AnomalySpec.DEFAULTS);
    MetricCheck mean = (MetricCheck) c.checks().get(3);
    assertThat(mean.metric()).isEqualTo(Metric.MEAN);
    assertThat(mean.anomaly())
        .isEqualTo(new AnomalySpec(2.5, Seasonality.DAY_OF_WEEK, 7, 30, AnomalyDirection.BOTH));
    assertThat(((RangeCheck) c.checks().get(2)).min())
        .isEqualTo(new RangeBound.NumericBound(new java.math.BigDecimal("0")));
    DriftCheck drift = (DriftCheck) c.checks().get(5);
    assertThat(drift.method()).isEqualTo(DriftMethod.PSI);
    assertThat(drift.bins()).isEqualTo(DriftCheck.DEFAULT_BINS);
    assertThat(((SqlCheck) c.checks().get(6)).fail()).isEqualTo(new Bounds(null, 0.0));
  }

  @Test
  void rangeAcceptsDatesAndTimestamps() {
    RangeCheck r =
        (RangeCheck)
            parse(
                    contract(
                        "checks:\n  - range: {column: t, min: 2020-01-01, max: '2030-01-01T00:00:00Z'}\n"))
                .contract()
                .orElseThrow()
                .checks()
                .get(0);

    assertThat(r.min()).isInstanceOf(RangeBound.DateBound.class);
    assertThat(r.max()).isInstanceOf(RangeBound.TimestampBound.class);
  }

  @Test
  void acceptedValuesKeepTheTextAsWritten() {
    AcceptedValuesCheck a =
        (AcceptedValuesCheck)
            parse(contract("checks:\n  - accepted_values: {column: s, values: [A, 1, yes, A]}\n"))
                .contract()
                .orElseThrow()
                .checks()
                .get(0);

    assertThat(a.values()).containsExactly("A", "1", "yes");
    assertThat(
            formatted(
                contract("checks:\n  - accepted_values: {column: s, values: [A, 1, yes, A]}\n")))
        .containsExactly("c.contract.yaml:9:54: value 'A' is listed twice");
  }

  @Test
  void sqlChecksNeedANameAndKnownPlaceholders() {
    String body =
        """
        checks:
          - sql: {query: "select count(*) from {tabel} where {column} < 0", max: 0}
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:9:10: missing required key 'name' in sql",
            "c.contract.yaml:9:18: query uses {column} but the check has no column",
            "c.contract.yaml:9:18: unknown placeholder {tabel} (did you mean 'table'?); a query"
                + " may use {table} and {column}",
            "c.contract.yaml:9:18: query does not use {table}: a hard-coded table name bypasses"
                + " the dataset's table and load scope");
  }

  @Test
  void nameCannotBeGivenToAnExpandingNotNull() {
    assertThat(formatted(contract("checks:\n  - not_null: {columns: [a, b], name: x}\n")))
        .containsExactly(
            "c.contract.yaml:9:39: not_null with several columns expands into one check per"
                + " column and cannot take one name; list the columns as separate not_null checks"
                + " to name them");
  }

  @Test
  void aKafkaBindingNamesThreeTopicsAndTheKeyColumn() {
    DataContract c =
        parse(
                contract(
                    """
                    kafka:
                      input: orders.order_placed
                      valid: orders.order_placed.valid
                      dead_letter: orders.order_placed.dlq
                      key_column: customer_id
                    """))
            .contract()
            .orElseThrow();

    assertThat(c.kafka())
        .isEqualTo(
            new KafkaBinding(
                "orders.order_placed",
                "orders.order_placed.valid",
                "orders.order_placed.dlq",
                "customer_id"));
    assertThat(c.sourceMap().at("kafka.key_column")).isEqualTo(SourcePosition.of(12, 15));
    assertThat(parse(contract("")).contract().orElseThrow().kafka()).isNull();
  }

  @Test
  void kafkaBindingProblems() {
    assertThat(
            formatted(
                contract(
                    """
                    kafka:
                      input: "orders placed"
                      dead_letter: ..
                      keycolumn: id
                    """)))
        .containsExactly(
            "c.contract.yaml:9:3: missing required key 'valid' in kafka",
            "c.contract.yaml:9:10: invalid kafka.input 'orders placed': expected a Kafka topic"
                + " name (up to 249 letters, digits, '.', '_', '-')",
            "c.contract.yaml:10:16: invalid kafka.dead_letter '..': expected a Kafka topic name"
                + " (up to 249 letters, digits, '.', '_', '-')",
            "c.contract.yaml:11:3: unknown key 'keycolumn' (did you mean 'key_column'?)");
    assertThat(
            formatted(
                contract(
                    """
                    kafka: {input: orders, valid: orders, dead_letter: orders.dlq}
                    """)))
        .containsExactly(
            "c.contract.yaml:8:8: kafka: input, valid and dead_letter must be three different"
                + " topics");
  }

  @Test
  void piiProblems() {
    String body =
        """
        pii:
          subject: Customer
          fields:
            email: {erasure: nulify}
            phone: {erasure: hash, category: phone_number}
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:9:3: missing required key 'key' in pii (the column holding the"
                + " subject's id)",
            "c.contract.yaml:9:12: invalid pii subject 'Customer': expected a lower-case word"
                + " such as customer or employee",
            "c.contract.yaml:11:22: unknown erasure action 'nulify' (did you mean 'nullify'?);"
                + " expected one of: nullify, delete_row, hash, redact, retain",
            "c.contract.yaml:12:38: unknown pii category 'phone_number'; expected one of:"
                + " identifier, name, email, phone, address, birth_date, government_id, financial,"
                + " location, ip_address, device_id, health, other");
  }

  @Test
  void aRetainedFieldCarriesItsLegalBasis() {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            customer_id: {erasure: retain, legal_basis: "HGB §257: invoices are kept 10 years"}
            amount: {erasure: retain, category: financial, legal_basis: "  AO §147  "}
            email: nullify
        """;

    ParseResult result = parse(contract(body));

    assertThat(result.problems()).isEmpty();
    assertThat(result.contract().orElseThrow().pii().fields())
        .containsEntry(
            "customer_id",
            new PiiField(ErasureAction.RETAIN, null, "HGB §257: invoices are kept 10 years"))
        .containsEntry("amount", PiiField.retained("AO §147", PiiCategory.FINANCIAL))
        .containsEntry("email", new PiiField(ErasureAction.NULLIFY, null, null));
  }

  @Test
  void retainWithoutALegalBasisIsAnErrorAtTheField() {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            email: retain
            amount: {erasure: retain, category: financial}
            phone: {erasure: retain, legal_basis: " "}
            city: {erasure: retain, legal_basis: 7}
        """;

    ParseResult result = parse(contract(body));

    assertThat(result.problems().stream().map(Problem::format).toList())
        .containsExactly(
            "c.contract.yaml:12:12: erasure: retain needs legal_basis: the law or contract that"
                + " requires keeping the data (write email: {erasure: retain, legal_basis:"
                + " \"...\"})",
            "c.contract.yaml:13:13: erasure: retain needs legal_basis: the law or contract that"
                + " requires keeping the data (pii field 'amount')",
            "c.contract.yaml:14:43: erasure: retain needs legal_basis: the law or contract that"
                + " requires keeping the data; it is blank",
            "c.contract.yaml:15:42: legal_basis: expected a string, found a number");
    assertThat(result.problems())
        .allMatch(p -> p.severity() == org.pactum.contracts.problem.Severity.ERROR);
  }

  @Test
  void aLegalBasisOnAnotherActionIsAnError() {
    String body =
        """
        pii:
          subject: customer
          key: customer_id
          fields:
            email: {erasure: nullify, legal_basis: "GDPR Art. 6"}
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:12:44: legal_basis applies only to erasure: retain; pii field"
                + " 'email' is erased with nullify (remove legal_basis, or retain the field)");
  }

  @Test
  void loadScopeParametersAreChecked() {
    String text =
        Fixtures.HEADER.replace(
            "table: public.orders}", "table: public.orders, load_scope: \"t >= :snce\"}");

    assertThat(formatted(text))
        .containsExactly(
            "c.contract.yaml:7:68: unknown load_scope parameter ':snce' (did you mean 'since'?);"
                + " the check engine binds :since, :until and :load_id");
  }

  @Test
  void aliasesAreRejected() {
    assertThat(formatted(contract("description: &d text\ntags: [*d]\n")))
        .containsExactly(
            "c.contract.yaml:9:8: YAML aliases (*d) are not supported in contracts; write the"
                + " value out");
  }

  @Test
  void threeSeparateMistakesYieldThreeProblems() {
    String body =
        """
        checks:
          - regex: {column: email, pattern: '(unclosed'}
          - freshness: {column: placed_at, max_age: soon}
        chekcs: []
        """;

    assertThat(formatted(contract(body)))
        .containsExactly(
            "c.contract.yaml:9:37: invalid regex '(unclosed': Unclosed group near index 9",
            "c.contract.yaml:10:45: invalid duration 'soon' for max_age: expected a duration"
                + " such as 30m, 2h, 1d, 1h30m or ISO-8601 PT2H, P1D",
            "c.contract.yaml:11:1: unknown key 'chekcs' (did you mean 'checks'?)");
  }
}
