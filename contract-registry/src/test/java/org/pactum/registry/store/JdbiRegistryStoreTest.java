package org.pactum.registry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.ConcurrentChangeException;
import org.pactum.registry.core.IdDoesNotMatchException;
import org.pactum.registry.core.NewSchema;
import org.pactum.registry.core.RegisteredReference;
import org.pactum.registry.core.RegistryMode;
import org.pactum.registry.core.RegistryStore;
import org.pactum.registry.core.SubjectVersion;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The store and its DAOs against the embedded PostgreSQL with the real migrations. */
@ExtendWith(PostgresExtension.class)
class JdbiRegistryStoreTest {
  private final JdbiRegistryStore store;

  JdbiRegistryStoreTest(TestDatabase db) {
    store =
        new JdbiRegistryStore(Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin()));
  }

  private static NewSchema schema(String sha, RegisteredReference... refs) {
    return new NewSchema(
        SchemaFormat.AVRO, "\"" + sha + "\"", sha.repeat(64).substring(0, 64), List.of(refs));
  }

  @Test
  void equalSchemasShareOneIdAcrossSubjects() {
    int a = store.writeSubject("s-a", w -> w.schemaIdFor(schema("a")));
    int again = store.writeSubject("s-b", w -> w.schemaIdFor(schema("a")));
    int b = store.writeSubject("s-a", w -> w.schemaIdFor(schema("b")));
    assertThat(again).isEqualTo(a);
    assertThat(b).isNotEqualTo(a);
    assertThat(store.schemaIdByHash(SchemaFormat.AVRO, schema("a").sha256()).getAsInt())
        .isEqualTo(a);
    assertThat(store.schemaIdByHash(SchemaFormat.PROTOBUF, schema("a").sha256())).isEmpty();
  }

  @Test
  void versionsAreStoredSoftDeletedAndDeleted() {
    int id = store.writeSubject("v-s", w -> w.schemaIdFor(schema("c")));
    store.writeSubject(
        "v-s",
        w -> {
          w.addVersion(1, id);
          w.addVersion(2, id);
          w.softDelete(1);
          return null;
        });
    assertThat(store.versions("v-s"))
        .containsExactly(
            new SubjectVersion("v-s", 1, id, true), new SubjectVersion("v-s", 2, id, false));
    store.writeSubject(
        "v-s",
        w -> {
          w.delete(1);
          return null;
        });
    assertThat(store.versionsOfSchema(id)).containsExactly(new SubjectVersion("v-s", 2, id, false));
    assertThat(store.deleteUnusedSchemas(List.of(id))).as("still used by v-s/2").isEmpty();
    store.writeSubject(
        "v-s",
        w -> {
          w.delete(2);
          return null;
        });
    assertThat(store.deleteUnusedSchemas(List.of(id))).containsExactly(id);
    assertThat(store.schema(id)).isEmpty();
  }

  @Test
  void importedIdsMoveTheSequencePastThem() {
    store.writeSubject(
        "imp",
        w -> {
          w.importSchema(7000, schema("d"));
          return null;
        });
    assertThat(store.schema(7000).orElseThrow().text()).isEqualTo("\"d\"");
    assertThatThrownBy(
            () ->
                store.writeSubject(
                    "imp",
                    w -> {
                      w.importSchema(7000, schema("e"));
                      return null;
                    }))
        .isInstanceOf(IdDoesNotMatchException.class);
    assertThatThrownBy(
            () ->
                store.writeSubject(
                    "imp",
                    w -> {
                      w.importSchema(7001, schema("d"));
                      return null;
                    }))
        .isInstanceOf(IdDoesNotMatchException.class);
    int next = store.writeSubject("imp", w -> w.schemaIdFor(schema("f")));
    assertThat(next).isGreaterThan(7000);
  }

  @Test
  void aReferencedVersionCannotBeDeletedPermanently() {
    int target = store.writeSubject("ref-t", w -> w.schemaIdFor(schema("g")));
    store.writeSubject(
        "ref-t",
        w -> {
          w.addVersion(1, target);
          return null;
        });
    int referrer =
        store.writeSubject(
            "ref-r", w -> w.schemaIdFor(schema("h", new RegisteredReference("G", "ref-t", 1))));
    store.writeSubject(
        "ref-r",
        w -> {
          w.addVersion(1, referrer);
          return null;
        });
    assertThat(store.schema(referrer).orElseThrow().references())
        .containsExactly(new RegisteredReference("G", "ref-t", 1));
    assertThat(store.schemasReferencing("ref-t", 1, true)).containsExactly(referrer);
    assertThatThrownBy(
            () ->
                store.writeSubject(
                    "ref-t",
                    w -> {
                      w.delete(1);
                      return null;
                    }))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(store.versions("ref-t")).hasSize(1);
  }

  @Test
  void settingsPerSubjectAndGlobal() {
    assertThat(store.compatibility(RegistryStore.GLOBAL)).isEmpty();
    store.setCompatibility(RegistryStore.GLOBAL, CompatibilityMode.FULL);
    store.setCompatibility("cfg", CompatibilityMode.NONE);
    store.setCompatibility("cfg", CompatibilityMode.FORWARD);
    assertThat(store.compatibility(RegistryStore.GLOBAL)).contains(CompatibilityMode.FULL);
    assertThat(store.compatibility("cfg")).contains(CompatibilityMode.FORWARD);
    assertThat(store.deleteCompatibility("cfg")).isTrue();
    assertThat(store.deleteCompatibility("cfg")).isFalse();
    store.setMode("cfg", RegistryMode.READONLY);
    assertThat(store.mode("cfg")).contains(RegistryMode.READONLY);
    assertThat(store.deleteMode("cfg")).isTrue();
    assertThat(store.mode("cfg")).isEmpty();
  }
}
