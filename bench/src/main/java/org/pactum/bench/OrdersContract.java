package org.pactum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadResult;
import org.pactum.contracts.model.DataContract;

/**
 * {@link CheckSuiteBench}'s 25-check contract over the orders table: written as YAML plus its Avro
 * schema into a folder, then loaded as a user's contract would be.
 */
final class OrdersContract {
  private OrdersContract() {}

  /** Writes the contract for {@code table} of {@code datasource} under {@code dir}; loads it. */
  static DataContract write(Path dir, String tag, String datasource, String table)
      throws IOException {
    Path folder = dir.resolve("contract-" + tag);
    Files.createDirectories(folder);
    Files.writeString(
        folder.resolve("orders.avsc"),
        """
        {"type": "record", "name": "Order", "namespace": "bench.orders", "fields": [
          {"name": "id", "type": "long"},
          {"name": "customer_id", "type": "string"},
          {"name": "email", "type": ["null", "string"], "default": null},
          {"name": "status", "type": "string"},
          {"name": "currency", "type": "string"},
          {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
          {"name": "quantity", "type": "int"},
          {"name": "discount", "type": ["null", "double"], "default": null},
          {"name": "coupon_code", "type": ["null", "string"], "default": null},
          {"name": "sku", "type": "string"},
          {"name": "placed_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
          {"name": "loaded_at", "type": {"type": "long", "logicalType": "timestamp-millis"}}
        ]}
        """,
        StandardCharsets.UTF_8);
    String yaml =
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: bench.orders
        version: 1.0.0
        owner: {team: bench}
        schema: {format: avro, file: orders.avsc}
        dataset: {datasource: %s, table: "%s"}
        checks:
          - row_count: {min: 1}
          - not_null: [id, customer_id, amount, placed_at]
          - unique: [id]
          - range: {column: amount, min: 0, max: 100000}
          - range: {column: quantity, min: 1, max: 100}
          - range: {column: placed_at, min: 2015-01-01}
          - accepted_values: {column: status, values: [PLACED, PAID, SHIPPED, CANCELLED]}
          - accepted_values: {column: currency, values: [EUR, USD, GBP, CHF]}
          - regex: {column: email, pattern: '%s'}
          - regex: {column: sku, pattern: '%s'}
          - null_rate: {column: coupon_code, warn: 0.8, fail: 0.9}
          - null_rate: {column: discount, fail: 0.5}
          - mean: {column: amount, min: 1, max: 10000}
          - metric: {metric: min, column: amount, min: 0}
          - metric: {metric: max, column: amount, max: 100000}
          - stddev: {column: amount, max: 100000}
          - sum: {column: amount, min: 0}
          - avg_length: {column: email, min: 5, max: 100}
          - freshness: {column: loaded_at, max_age: 1d}
          - distinct_count: {column: customer_id, min: 1}
          - sql: {name: no_future_orders, query: "select count(*) from {table} where placed_at > now()", max: 0}
          - mean: {column: quantity, min: 1, max: 100}
        """
            .formatted(
                datasource,
                table.replace("\"", "\\\""),
                OrdersStatements.EMAIL_RE,
                OrdersStatements.SKU_RE);
    Path file = folder.resolve("orders.contract.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    LoadResult loaded = new ContractLoader().load(file);
    loaded.problems().forEach(p -> System.out.println("  contract: " + p.format()));
    DataContract contract =
        loaded
            .contract()
            .orElseThrow(() -> new IllegalStateException("the generated contract does not load"))
            .contract();
    Progress.print("contract %s: %d checks", file, contract.checks().size());
    return contract;
  }
}
