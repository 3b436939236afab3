package org.pactum.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One embedded PostgreSQL for the whole test JVM. It migrates a template database once, then clones
 * it ({@code create database … template …}) for each test class: a fresh database with the real
 * migrations in milliseconds.
 */
final class SharedPostgres implements AutoCloseable {
  static final String USER = "postgres";
  private static final String TEMPLATE = "pactum_template";

  private final EmbeddedPostgres postgres;
  private final Set<String> schemas;
  private final AtomicInteger counter = new AtomicInteger();

  private SharedPostgres(EmbeddedPostgres postgres, Set<String> schemas) {
    this.postgres = postgres;
    this.schemas = schemas;
  }

  static SharedPostgres start(ClassLoader loader) {
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "off")
              .setServerConfig("synchronous_commit", "off")
              .setServerConfig("full_page_writes", "off")
              .setServerConfig("max_connections", "300")
              .start();
      SharedPostgres shared = new SharedPostgres(pg, MigrationSchemas.onClasspath(loader));
      shared.createTemplate();
      return shared;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
    }
  }

  /** The module schemas migrated into every test database. */
  Set<String> schemas() {
    return schemas;
  }

  int port() {
    return postgres.getPort();
  }

  private void createTemplate() {
    admin("create database " + TEMPLATE);
    DataSource template = postgres.getDatabase(USER, TEMPLATE);
    for (String schema : schemas) {
      Flyway.configure()
          .dataSource(template)
          .schemas(schema)
          .createSchemas(true)
          .locations("classpath:db/" + schema)
          .load()
          .migrate();
    }
  }

  /** A new database cloned from the migrated template. */
  synchronized TestDatabase newDatabase(String hint) {
    String name = "t" + counter.incrementAndGet() + "_" + sanitize(hint);
    admin("create database \"" + name + "\" template " + TEMPLATE);
    return new TestDatabase(name, "localhost", postgres.getPort(), USER, "");
  }

  /** Runs an administrative statement on the {@code postgres} database. */
  void admin(String sql) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("embedded PostgreSQL refused: " + sql, e);
    }
  }

  private static String sanitize(String hint) {
    String s = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return s.length() > 40 ? s.substring(s.length() - 40) : s;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
