package org.pactum.server.db;

import com.codahale.metrics.health.HealthCheck;
import java.util.List;

/** Unhealthy while the database lacks migrations this build ships. */
public final class MigrationsHealthCheck extends HealthCheck {
  private final SchemaMigrator migrator;

  public MigrationsHealthCheck(SchemaMigrator migrator) {
    this.migrator = migrator;
  }

  @Override
  protected Result check() {
    List<String> pending = migrator.pending();
    return pending.isEmpty()
        ? Result.healthy("all module schemas are migrated")
        : Result.unhealthy("pending migrations: " + String.join(", ", pending));
  }
}
