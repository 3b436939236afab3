package org.pactum.server.db;

import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jdbi3.JdbiFactory;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;

/**
 * Pactum's own store, ready before any module bundle runs: opens the configured PostgreSQL
 * (starting the embedded one when no URL is set), applies every module schema's migrations, and
 * builds the pooled {@link Jdbi} the modules share. Register it first.
 */
public final class PactumDatabaseBundle implements ConfiguredBundle<PactumConfiguration> {
  private final PactumHome home;
  private volatile Jdbi jdbi;
  private volatile Datasources datasources;
  private volatile PactumDatabase database;

  public PactumDatabaseBundle(PactumHome home) {
    this.home = home;
  }

  @Override
  public void run(PactumConfiguration config, Environment environment) {
    database = PactumDatabase.open(config.getDatabase(), home);
    database.embedded().ifPresent(pg -> environment.lifecycle().manage(pg));

    SchemaMigrator migrator =
        new SchemaMigrator(database.connection().simpleDataSource(), ModuleSchemas.ALL);
    if (config.isMigrateOnStartup()) {
      migrator.migrate();
    }
    environment.healthChecks().register("migrations", new MigrationsHealthCheck(migrator));

    datasources =
        Datasources.build(config.getDatasources(), database.embedded(), environment.metrics());
    environment.lifecycle().manage(datasources);

    jdbi =
        new JdbiFactory()
            .build(
                environment,
                Datasources.pool(
                    "org.postgresql.Driver",
                    database.connection(),
                    config.getDatabase().getMaxPoolSize(),
                    2),
                "pactum");
  }

  /** The shared Jdbi; available once this bundle has run. */
  public Jdbi jdbi() {
    Jdbi j = jdbi;
    if (j == null) {
      throw new IllegalStateException("the database bundle has not run yet: register it first");
    }
    return j;
  }

  /** The embedded PostgreSQL, when this process runs one. */
  public Optional<EmbeddedPostgresServer> embedded() {
    PactumDatabase d = database;
    return d == null ? Optional.empty() : d.embedded();
  }

  /** The configured warehouse datasources; available once this bundle has run. */
  public Datasources datasources() {
    Datasources d = datasources;
    if (d == null) {
      throw new IllegalStateException("the database bundle has not run yet: register it first");
    }
    return d;
  }
}
