package org.pactum.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.server.config.DatasourceConfig;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class DatasourcesTest {

  private static DatasourceConfig config(String url, String user) {
    DatasourceConfig c = new DatasourceConfig();
    c.setUrl(url);
    c.setUser(user);
    return c;
  }

  @Test
  void configuredDatasourcesArePooledByNameAndDuckDbWorksToo(TestDatabase db) throws Exception {
    Datasources datasources =
        Datasources.build(
            Map.of(
                "warehouse", config(db.jdbcUrl(), db.user()), "lake", config("jdbc:duckdb:", "")),
            Optional.empty(),
            new MetricRegistry());
    try (Connection pg = datasources.apply("warehouse").getConnection();
        ResultSet rs = pg.createStatement().executeQuery("select current_database()")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(db.name());
    }
    try (Connection duck = datasources.apply("lake").getConnection();
        ResultSet rs = duck.createStatement().executeQuery("select 40 + 2")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(42);
    }
    assertThatThrownBy(() -> datasources.apply("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no datasource named 'nope'")
        .hasMessageContaining("lake")
        .hasMessageContaining("warehouse");
    datasources.stop();
  }

  @Test
  void anEmptyUrlWithoutTheEmbeddedDatabaseIsAClearError() {
    assertThatThrownBy(
            () ->
                Datasources.build(
                    Map.of("warehouse", config("", "")), Optional.empty(), new MetricRegistry()))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("datasources.warehouse.url");
  }

  @Test
  void onlyPostgresAndDuckDbUrlsAreAccepted() {
    assertThat(Datasources.driverFor("w", "jdbc:postgresql://h/db"))
        .isEqualTo("org.postgresql.Driver");
    assertThat(Datasources.driverFor("l", "jdbc:duckdb:/tmp/x.duckdb"))
        .isEqualTo("org.duckdb.DuckDBDriver");
    assertThatThrownBy(() -> Datasources.driverFor("m", "jdbc:mysql://h/db"))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("'m'");
  }

  @Test
  void credentialsInUrlsNeverReachTheLog() {
    assertThat(Datasources.redact("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true")
        .doesNotContain("s3cret");
    assertThat(Datasources.redact("jdbc:postgresql://bob:pw@h/db")).doesNotContain("pw");
  }
}
