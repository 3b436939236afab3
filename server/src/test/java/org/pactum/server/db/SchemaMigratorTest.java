package org.pactum.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class SchemaMigratorTest {

  private static TestDatabase emptyDatabase(TestDatabase db, String name) {
    db.execute("create database " + name);
    return new TestDatabase(name, db.host(), db.port(), db.user(), db.password());
  }

  @Test
  void migratesEveryModuleSchemaOnceAndReportsNothingPending(TestDatabase db) {
    TestDatabase empty = emptyDatabase(db, "migrate_fresh");
    SchemaMigrator migrator = new SchemaMigrator(empty.dataSource(), ModuleSchemas.ALL);

    assertThat(migrator.pending()).isNotEmpty();
    List<SchemaMigrator.SchemaResult> first = migrator.migrate();
    List<SchemaMigrator.SchemaResult> second = migrator.migrate();

    assertThat(first)
        .extracting(SchemaMigrator.SchemaResult::schema)
        .containsExactlyElementsOf(ModuleSchemas.ALL);
    assertThat(first).allSatisfy(r -> assertThat(r.applied()).isPositive());
    assertThat(second).allSatisfy(r -> assertThat(r.applied()).isZero());
    assertThat(migrator.pending()).isEmpty();
  }

  @Test
  void aSchemaWithoutMigrationsFailsLoudly(TestDatabase db) {
    TestDatabase empty = emptyDatabase(db, "migrate_missing");
    SchemaMigrator migrator = new SchemaMigrator(empty.dataSource(), List.of("nosuchmodule"));

    assertThatThrownBy(migrator::migrate)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("nosuchmodule");
  }
}
