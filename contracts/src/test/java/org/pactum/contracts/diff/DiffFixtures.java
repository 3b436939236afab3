package org.pactum.contracts.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.parse.ContractParser;
import org.pactum.contracts.parse.ParseResult;
import org.pactum.contracts.problem.Problem;

/** Builds contracts for diff tests by parsing small YAML documents. */
final class DiffFixtures {

  static final Path FILE = Path.of("c.contract.yaml");

  private DiffFixtures() {}

  /**
   * A contract with {@code version} whose body (checks, pii...) follows eight header lines, so the
   * body starts at line 9.
   */
  static String doc(String version, String body) {
    return """
        apiVersion: pactum/v1
        kind: DataContract
        id: shop.orders
        version: %s
        status: active
        owner: {team: shop, email: shop@example.com, slack: "#shop", pagerduty: shop-oncall}
        schema: {format: avro, file: order.avsc, compatibility: BACKWARD}
        dataset: {datasource: warehouse, table: public.orders}
        """
            .formatted(version)
        + body;
  }

  static DataContract parse(String yaml) {
    ParseResult result = new ContractParser().parse(FILE, yaml);
    assertThat(result.problems()).filteredOn(Problem::isError).isEmpty();
    return result.contract().orElseThrow();
  }

  /** Diffs two bodies under the same header, {@code 1.0.0 → 2.0.0} (a bump no change outgrows). */
  static ContractDiff diffBodies(String before, String after) {
    return new ContractDiffer().diff(parse(doc("1.0.0", before)), parse(doc("2.0.0", after)));
  }

  /** Diffs two checks, each the only item of {@code checks:}. */
  static ContractDiff diffChecks(String before, String after) {
    return diffBodies("checks:\n  - " + before + "\n", "checks:\n  - " + after + "\n");
  }
}
