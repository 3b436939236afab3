package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.contracts.Fixtures;

/** Odd shapes anywhere in a contract are problems, never exceptions or silence. */
class ContractParserRobustnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "checks: [~]",
        "checks:\n  - ~",
        "checks:\n  - range:",
        "checks:\n  - range: 5",
        "checks:\n  - not_null: 5",
        "checks:\n  - not_null: []",
        "checks:\n  - unique: {column: a, columns: [b]}",
        "checks:\n  - row_count: {}",
        "checks:\n  - row_count: {min: -1}",
        "checks:\n  - mean: {column: a}",
        "checks:\n  - metric: {metric: mode, column: a, min: 1}",
        "checks:\n  - drift: {column: a, method: wasserstein, warn: 0.1}",
        "checks:\n  - drift: {column: a, warn: 0.1, bins: 1}",
        "checks:\n  - null_rate: {column: a}",
        "checks:\n  - accepted_values: {column: a, values: []}",
        "checks:\n  - accepted_values: {column: a, values: [[1]]}",
        "checks:\n  - regex: {column: a, pattern: ''}",
        "checks:\n  - regex: {column: 'a b', pattern: x}",
        "checks:\n  - sql: {name: x, query: 'select 1; drop table t', max: 0}",
        "checks:\n  - sql: {name: x, query: 'select count(*) from {table}'}",
        "checks:\n  - freshness: {column: a}",
        "checks:\n  - row_count: {anomaly: {sensitivity: 0, min_history: 2, window: 1}}",
        "checks:\n  - row_count: {anomaly: {seasonality: weekly, direction: sideways}}",
        "checks:\n  - row_count: {anomaly: 5}",
        "checks:\n  - range: {column: a, min: 2020-01-01, max: 5}",
        "checks:\n  - range: {column: a, min: 2030-01-01, max: 2020-01-01}",
        "pii: {subject: customer, key: id, fields: {email: 3}}",
        "pii: {subject: customer, key: id, fields: [email]}",
        "pii: customer",
        "tags: a",
        "tags: [1]",
        "status: 1",
        "description: [a]",
        "---\nid: x",
        "x: *undefined",
      })
  void reportsAProblemWithoutThrowing(String body) {
    ParseResult result =
        new ContractParser().parse(Path.of("c.contract.yaml"), Fixtures.contract(body + "\n"));

    assertThat(result.problems()).isNotEmpty();
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
  }
}
