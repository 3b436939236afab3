package org.pactum.server.db;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each module schema's Flyway migrations, one history table per schema. A failed migration
 * fails loudly; nothing is ever repaired automatically.
 */
public final class SchemaMigrator {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

  private final DataSource dataSource;
  private final List<String> schemas;

  public SchemaMigrator(DataSource dataSource, List<String> schemas) {
    this.dataSource = dataSource;
    this.schemas = List.copyOf(schemas);
  }

  /** What one schema's migration did. */
  public record SchemaResult(String schema, String fromVersion, String toVersion, int applied) {}

  public List<SchemaResult> migrate() {
    List<SchemaResult> results = new ArrayList<>();
    for (String schema : schemas) {
      try {
        MigrateResult r = flyway(schema).migrate();
        String from = r.initialSchemaVersion == null ? "none" : r.initialSchemaVersion;
        String to = r.targetSchemaVersion == null ? from : r.targetSchemaVersion;
        results.add(new SchemaResult(schema, from, to, r.migrationsExecuted));
        LOG.atInfo()
            .addKeyValue("event", "schema_migrated")
            .addKeyValue("schema", schema)
            .addKeyValue("applied", r.migrationsExecuted)
            .addKeyValue("version", to)
            .log("schema migrated");
      } catch (FlywayException e) {
        throw new StartupException(
            "migration of schema '" + schema + "' failed: " + e.getMessage(), e);
      }
    }
    return results;
  }

  /** Migrations on the classpath that the database has not applied yet, per schema. */
  public List<String> pending() {
    List<String> pending = new ArrayList<>();
    for (String schema : schemas) {
      for (MigrationInfo info : flyway(schema).info().pending()) {
        pending.add(schema + " V" + info.getVersion() + " " + info.getDescription());
      }
    }
    return pending;
  }

  private Flyway flyway(String schema) {
    return Flyway.configure()
        .dataSource(dataSource)
        .schemas(schema)
        .createSchemas(true)
        .locations("classpath:db/" + schema)
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        .load();
  }
}
