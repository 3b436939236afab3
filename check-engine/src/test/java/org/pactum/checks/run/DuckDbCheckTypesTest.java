package org.pactum.checks.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.between;
import static org.pactum.checks.Contracts.strict;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.checks.Contracts;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Metric;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RowCountCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.testsupport.DuckDbDataSource;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class DuckDbCheckTypesTest extends CheckTypesContractTest {
  private final DuckDbDataSource duck = new DuckDbDataSource();

  DuckDbCheckTypesTest(TestDatabase db) {
    super(db);
  }

  @AfterEach
  void closeDuck() throws Exception {
    duck.close();
  }

  @Override
  DataSource warehouse() {
    return duck;
  }

  @Override
  void sql(String statement) {
    duck.execute(statement);
  }

  @Override
  String dialect() {
    return "duckdb";
  }

  @Test
  void checksAParquetFileInALake(@TempDir Path dir) {
    Path file = dir.resolve("it's orders.parquet");
    table("src", "order_id integer, amount float8", "(1, 10.0), (2, null), (2, 30.0)");
    sql("copy src to '" + file.toString().replace("'", "''") + "' (format parquet)");
    String table = "read_parquet('" + file.toString().replace("'", "''") + "')";
    RunResult r =
        run(
            table,
            new RowCountCheck("row_count", between(3.0, 3.0), Bounds.NONE, null, AT),
            new UniqueCheck("unique(order_id)", List.of("order_id"), strict(), AT),
            new NotNullCheck("not_null(amount)", "amount", strict(), AT),
            metric(Metric.MEDIAN, "amount", between(20.0, 20.0), Bounds.NONE));
    assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.result("unique(order_id)").orElseThrow().observedText()).isEqualTo("1/3");
    assertThat(r.result("not_null(amount)").orElseThrow().failedRowsSample())
        .containsExactly(
            new java.util.HashMap<>(Map.of("order_id", 2L)) {
              {
                put("amount", null);
              }
            });
    assertThat(r.result("median(amount)").orElseThrow().status()).isEqualTo(Status.PASS);
    assertThat(r.plan().scanCount()).isEqualTo(1);
  }

  @Test
  void missingLakeFileIsARunError(@TempDir Path dir) {
    String table = "read_parquet('" + dir.resolve("nothing.parquet") + "')";
    RunResult r =
        run(table, new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT));
    assertThat(r.status()).isEqualTo(Status.ERROR);
    assertThat(r.run().error())
        .startsWith("table read_parquet(")
        .endsWith("does not exist in datasource 'warehouse'");
  }

  @Test
  void customSqlTimesOutOnDuckDb() {
    table("dk_slow", "id integer", "(1)");
    try (CheckEngine slow =
        engine(EngineSettings.DEFAULTS.withCustomSqlTimeout(Duration.ofMillis(200)))) {
      DataContract c =
          Contracts.contract(
              "dk_slow",
              null,
              List.of(
                  new SqlCheck(
                      "slow",
                      "select count(*) from {table}, range(200000000) a, range(50) b where a.range % 7 = b.range",
                      null,
                      between(null, 5.0),
                      Bounds.NONE,
                      AT),
                  new RowCountCheck("row_count", between(1.0, null), Bounds.NONE, null, AT)));
      RunResult r = slow.run(new RunRequest(null, c, 1, Trigger.CLI, null, Map.of()));
      assertThat(r.result("slow").orElseThrow().status()).isEqualTo(Status.ERROR);
      assertThat(r.result("slow").orElseThrow().message()).contains("timed out");
      assertThat(r.result("row_count").orElseThrow().status()).isEqualTo(Status.PASS);
    }
  }
}
