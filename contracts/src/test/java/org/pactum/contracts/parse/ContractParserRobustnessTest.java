package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.contracts.Fixtures;
import org.pactum.contracts.problem.Problem;
import org.pactum.contracts.problem.Severity;

/**
 * Odd shapes anywhere in a contract are problems, never exceptions or silence, and each problem
 * says what is wrong where it is wrong: every input below has its own expected problems (line,
 * column, code and a fragment of the message), in the order the parser reports them.
 *
 * <p>The body starts at line 8 ({@link Fixtures#HEADER} has seven lines); a one-line body is line
 * 8, the item of a {@code checks:} list line 9, and columns are 1-based within that line.
 */
class ContractParserRobustnessTest {

  /** One expected problem: an error unless {@code severity} says otherwise. */
  private record Expected(int line, int column, Severity severity, String code, String fragment) {
    @Override
    public String toString() {
      return line + ":" + column + " " + severity + " " + code + " '" + fragment + "'";
    }
  }

  private static Expected error(int line, int column, String code, String fragment) {
    return new Expected(line, column, Severity.ERROR, code, fragment);
  }

  private static Expected warning(int line, int column, String code, String fragment) {
    return new Expected(line, column, Severity.WARNING, code, fragment);
  }

  private static Arguments body(String body, Expected... problems) {
    return Arguments.of(body, List.of(problems));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        // the null item of a flow list: column 10 is the '~'
        body(
            "checks: [~]",
            error(8, 10, "wrong-type", "check: expected a mapping with the check type as key")),
        body(
            "checks:\n  - ~",
            error(9, 5, "wrong-type", "check: expected a mapping with the check type as key")),
        body(
            "checks:\n  - range:",
            error(9, 11, "wrong-type", "range: expected a mapping of parameters, found nothing")),
        body("checks:\n  - range: 5", error(9, 12, "wrong-type", "range: expected a mapping")),
        body(
            "checks:\n  - not_null: 5",
            error(9, 15, "wrong-type", "not_null: expected a list of columns or a mapping")),
        body(
            "checks:\n  - not_null: []",
            error(9, 15, "invalid-value", "not_null needs at least one column")),
        // at the second key, 'columns'
        body(
            "checks:\n  - unique: {column: a, columns: [b]}",
            error(9, 25, "invalid-check", "give either column or columns, not both")),
        body(
            "checks:\n  - row_count: {}",
            error(9, 16, "missing-key", "row_count needs min, max, warn_min, warn_max or anomaly")),
        // at the value -1
        body(
            "checks:\n  - row_count: {min: -1}",
            error(9, 22, "bad-threshold", "a row count cannot be negative")),
        body(
            "checks:\n  - mean: {column: a}",
            error(9, 11, "missing-key", "mean needs min, max, warn_min, warn_max or anomaly")),
        body(
            "checks:\n  - metric: {metric: mode, column: a, min: 1}",
            error(9, 22, "invalid-value", "unknown metric 'mode'; expected one of: mean, median")),
        body(
            "checks:\n  - drift: {column: a, method: wasserstein, warn: 0.1}",
            error(
                9,
                32,
                "invalid-value",
                "unknown drift method 'wasserstein'; expected one of: psi, ks, chi_squared, js")),
        body(
            "checks:\n  - drift: {column: a, warn: 0.1, bins: 1}",
            error(9, 41, "bad-threshold", "bins must be between 2 and 1000")),
        body(
            "checks:\n  - null_rate: {column: a}",
            error(9, 16, "missing-key", "null_rate needs warn, fail or anomaly")),
        body(
            "checks:\n  - accepted_values: {column: a, values: []}",
            error(9, 42, "invalid-value", "values must list at least one accepted value")),
        // at the nested list inside the values
        body(
            "checks:\n  - accepted_values: {column: a, values: [[1]]}",
            error(9, 43, "wrong-type", "values item: expected a scalar value, found a list")),
        body(
            "checks:\n  - regex: {column: a, pattern: ''}",
            error(9, 33, "bad-regex", "pattern must not be empty")),
        body(
            "checks:\n  - regex: {column: 'a b', pattern: x}",
            error(9, 21, "invalid-value", "invalid column 'a b'")),
        body(
            "checks:\n  - sql: {name: x, query: 'select 1; drop table t', max: 0}",
            error(9, 27, "invalid-value", "query must be a single statement"),
            warning(9, 27, "sql-without-table", "query does not use {table}")),
        body(
            "checks:\n  - sql: {name: x, query: 'select count(*) from {table}'}",
            error(9, 10, "missing-key", "sql needs min, max, warn_min or warn_max")),
        body(
            "checks:\n  - freshness: {column: a}",
            error(9, 16, "missing-key", "missing required key 'max_age' in freshness")),
        // one problem per bad setting, each at its own value
        body(
            "checks:\n  - row_count: {anomaly: {sensitivity: 0, min_history: 2, window: 1}}",
            error(9, 40, "bad-threshold", "sensitivity must be above 0 and at most 10"),
            error(9, 56, "bad-threshold", "min_history must be at least 3 observations; found 2"),
            error(9, 67, "bad-threshold", "window (1) must be at least min_history (7)")),
        body(
            "checks:\n  - row_count: {anomaly: {seasonality: weekly, direction: sideways}}",
            error(9, 40, "invalid-value", "unknown seasonality 'weekly'; expected one of: none"),
            error(9, 59, "invalid-value", "unknown direction 'sideways'; expected one of: both")),
        // anomaly is given, only of the wrong type: one problem, at its value (no "needs anomaly")
        body(
            "checks:\n  - row_count: {anomaly: 5}",
            error(9, 26, "wrong-type", "anomaly: expected a mapping, found a number")),
        body(
            "checks:\n  - mean: {column: a, anomaly: [1]}",
            error(9, 32, "wrong-type", "anomaly: expected a mapping, found a list")),
        body(
            "checks:\n  - null_rate: {column: a, anomaly: x}",
            error(9, 37, "wrong-type", "anomaly: expected a mapping, found")),
        // at max, the value that does not match min's kind
        body(
            "checks:\n  - range: {column: a, min: 2020-01-01, max: 5}",
            error(9, 46, "bad-threshold", "range min and max must both be numbers or both dates")),
        // at min
        body(
            "checks:\n  - range: {column: a, min: 2030-01-01, max: 2020-01-01}",
            error(
                9, 29, "bad-threshold", "range min (2030-01-01) is greater than max (2020-01-01)")),
        body(
            "pii: {subject: customer, key: id, fields: {email: 3}}",
            error(8, 51, "wrong-type", "email: expected a mapping such as {erasure: nullify}")),
        body(
            "pii: {subject: customer, key: id, fields: [email]}",
            error(8, 43, "wrong-type", "fields: expected a mapping, found a list")),
        body("pii: customer", error(8, 6, "wrong-type", "pii: expected a mapping, found a string")),
        body("tags: a", error(8, 7, "wrong-type", "tags: expected a list, found a string")),
        body(
            "tags: [1]", error(8, 8, "wrong-type", "tags item: expected a string, found a number")),
        body("status: 1", error(8, 9, "wrong-type", "status: expected a string, found a number")),
        body(
            "description: [a]",
            error(8, 14, "wrong-type", "description: expected a string, found a list")),
        // reported at the second document's content (9:1), not at its '---' marker (8:1)
        body(
            "---\nid: x",
            error(9, 1, "yaml-syntax", "a contract file holds one YAML document; found a second")),
        body(
            "x: *undefined",
            error(
                8,
                1,
                "unknown-key",
                "unknown key 'x' in the contract; expected one of: apiVersion"),
            error(8, 4, "yaml-alias", "YAML aliases (*undefined) are not supported in contracts")));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void reportsEachProblemWhereItIs(String body, List<Expected> expected) {
    Path file = Path.of("c.contract.yaml");

    ParseResult result = new ContractParser().parse(file, Fixtures.contract(body + "\n"));

    List<Problem> problems = result.problems();
    assertThat(problems)
        .as("problems of %s", body)
        .hasSize(expected.size())
        .allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
    for (int i = 0; i < expected.size(); i++) {
      Problem p = problems.get(i);
      Expected e = expected.get(i);
      assertThat(p.line()).as("line of %s", e).isEqualTo(e.line());
      assertThat(p.column()).as("column of %s", e).isEqualTo(e.column());
      assertThat(p.severity()).as("severity of %s", e).isEqualTo(e.severity());
      assertThat(p.code()).as("code of %s", e).isEqualTo(e.code());
      assertThat(p.message()).as("message of %s", e).contains(e.fragment());
    }
    assertThat(result.clean()).as("an error makes the result unclean").isFalse();
  }
}
