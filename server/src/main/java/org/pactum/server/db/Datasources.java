package org.pactum.server.db;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.pactum.server.config.DatasourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The named warehouse datasources from configuration, each a connection pool, handed to the modules
 * that read warehouses (the check engine) as a name → {@link DataSource} lookup.
 */
public final class Datasources implements Managed, Function<String, DataSource> {
  private static final Logger LOG = LoggerFactory.getLogger(Datasources.class);

  private final Map<String, ManagedDataSource> pools;

  private Datasources(Map<String, ManagedDataSource> pools) {
    this.pools = pools;
  }

  /**
   * Builds the pools (connections open lazily).
   *
   * @param embedded the embedded PostgreSQL, whose same-named database an empty URL means
   */
  public static Datasources build(
      Map<String, DatasourceConfig> configs,
      Optional<EmbeddedPostgresServer> embedded,
      MetricRegistry metrics) {
    Map<String, ManagedDataSource> pools = new LinkedHashMap<>();
    configs.forEach(
        (name, config) -> {
          DatabaseConnection c = connection(name, config, embedded);
          pools.put(
              name,
              pool(driverFor(name, c.url()), c, config.getMaxPoolSize(), 0)
                  .build(metrics, "datasource-" + name));
          LOG.atInfo()
              .addKeyValue("event", "datasource_configured")
              .addKeyValue("name", name)
              .addKeyValue("url", redact(c.url()))
              .log("datasource configured");
        });
    return new Datasources(pools);
  }

  private static DatabaseConnection connection(
      String name, DatasourceConfig config, Optional<EmbeddedPostgresServer> embedded) {
    if (config.getUrl() != null && !config.getUrl().isBlank()) {
      return new DatabaseConnection(config.getUrl(), config.getUser(), config.getPassword());
    }
    return embedded
        .map(pg -> pg.connection(name))
        .orElseThrow(
            () ->
                new StartupException(
                    "datasource '"
                        + name
                        + "' has no url; set datasources."
                        + name
                        + ".url (an empty url only works on the embedded database)"));
  }

  /** A Dropwizard pool definition: connections open lazily, {@code minIdle} kept once open. */
  static DataSourceFactory pool(String driver, DatabaseConnection c, int maxSize, int minIdle) {
    DataSourceFactory factory = new DataSourceFactory();
    factory.setDriverClass(driver);
    factory.setUrl(c.url());
    factory.setUser(c.user());
    factory.setPassword(c.password());
    factory.setMaxSize(maxSize);
    factory.setMinSize(Math.min(minIdle, maxSize));
    factory.setInitialSize(Math.min(minIdle, maxSize));
    factory.setValidationQuery("select 1");
    return factory;
  }

  static String driverFor(String name, String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return "org.postgresql.Driver";
    }
    if (url.startsWith("jdbc:duckdb:")) {
      return "org.duckdb.DuckDBDriver";
    }
    throw new StartupException(
        "datasource '"
            + name
            + "': unsupported JDBC URL; use jdbc:postgresql://… or jdbc:duckdb:…");
  }

  /** The URL without credentials that some drivers allow inline. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//[^/@]*@", "//***@");
  }

  /** The pool of a configured datasource; throws naming the known ones when there is none. */
  @Override
  public DataSource apply(String name) {
    DataSource ds = pools.get(name);
    if (ds == null) {
      throw new IllegalArgumentException(
          "no datasource named '" + name + "' is configured (known: " + pools.keySet() + ")");
    }
    return ds;
  }

  @Override
  public void start() {}

  @Override
  public void stop() throws Exception {
    for (ManagedDataSource ds : pools.values()) {
      ds.stop();
    }
  }
}
