package org.pactum.checks;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.FreshnessCheck;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.Owner;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.Thresholds;
import org.pactum.contracts.model.UniqueCheck;

/** Contracts built in code, and an in-memory catalog, for the trigger tests. */
final class TestContracts implements ContractSource {
  static final SourcePosition AT = SourcePosition.UNKNOWN;

  private final Map<String, CheckedContract> byId = new ConcurrentHashMap<>();

  TestContracts add(DataContract c) {
    byId.put(c.id(), new CheckedContract(c, 1));
    return this;
  }

  /** A contract the catalog gives {@code status} (a draft, or retired through the API). */
  TestContracts add(DataContract c, ContractStatus status) {
    byId.put(c.id(), new CheckedContract(c, 1, status));
    return this;
  }

  @Override
  public Optional<CheckedContract> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<CheckedContract> all() {
    return byId.values().stream()
        .sorted(java.util.Comparator.comparing(v -> v.contract().id()))
        .toList();
  }

  static DataContract contract(String id, Dataset dataset, Check... checks) {
    return new DataContract(
        id,
        "1.0.0",
        ContractStatus.ACTIVE,
        new Owner("team", null, null, null),
        null,
        new SchemaSpec(SchemaFormat.AVRO, "x.avsc", null, CompatibilityMode.BACKWARD),
        dataset,
        List.of(checks),
        null);
  }

  static Dataset table(String datasource, String table) {
    return new Dataset(datasource, table, null);
  }

  static Check rowCountAtLeast(double min) {
    return new RowCountCheck("row_count", new Bounds(min, null), Bounds.NONE, null, AT);
  }

  static Check rowCountAnomaly() {
    return new RowCountCheck(
        "row_count_anomaly",
        Bounds.NONE,
        Bounds.NONE,
        org.pactum.contracts.model.AnomalySpec.DEFAULTS,
        AT);
  }

  static Check notNull(String column) {
    return new NotNullCheck("not_null(" + column + ")", column, Thresholds.STRICT, AT);
  }

  static Check unique(String column) {
    return new UniqueCheck("unique(" + column + ")", List.of(column), Thresholds.STRICT, AT);
  }

  static Check freshness(String column, Duration maxAge) {
    return new FreshnessCheck("freshness(" + column + ")", column, maxAge, null, AT);
  }

  /** A custom check that sleeps on the warehouse, to hold its table busy. */
  static Check sleep(double seconds) {
    return new SqlCheck(
        "slow",
        "select count(*) from {table}, pg_sleep(" + seconds + ")",
        null,
        new Bounds(null, 1e9),
        Bounds.NONE,
        AT);
  }
}
