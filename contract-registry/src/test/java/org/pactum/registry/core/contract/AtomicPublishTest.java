package org.pactum.registry.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.RegistryContext;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.ContractDocument;
import org.pactum.registry.core.PublishOutcome;
import org.pactum.registry.core.RegistryMode;
import org.pactum.registry.core.RegistryStore;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.StoredSchema;
import org.pactum.registry.core.SubjectVersion;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Publishing is atomic: a failure injected at each step of a publish — after the subject version
 * insert, after the subject config write, after the catalog version insert — leaves every table of
 * schema {@code registry} as it was, and publishing again then succeeds as version 1. The real JDBI
 * stores run against the embedded PostgreSQL; only a thin wrapper throws.
 */
@ExtendWith(PostgresExtension.class)
class AtomicPublishTest {

  /** Where the wrappers throw: each just after the real store did its write. */
  enum Step {
    SUBJECT_VERSION,
    SUBJECT_CONFIG,
    CATALOG_VERSION
  }

  private static final String AVSC =
      """
      {"type": "record", "name": "Order", "namespace": "shop", "fields": [
        {"name": "order_id", "type": "string"},
        {"name": "amount", "type": "double"}
      ]}
      """;

  private final Jdbi jdbi;

  AtomicPublishTest(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
  }

  private static String avroContract(String id) {
    return """
        apiVersion: pactum/v1
        kind: DataContract
        id: %s
        version: 1.0.0
        owner: {team: shop}
        description: Orders.
        schema: {format: avro, file: order.avsc, compatibility: FULL}
        dataset: {datasource: warehouse, table: public.orders}
        checks:
          - not_null: [order_id]
        """
        .formatted(id);
  }

  private static ContractSubmission avro(String id) {
    return new ContractSubmission(
        avroContract(id), "orders/order.contract.yaml", Map.of("order.avsc", AVSC));
  }

  /** A Protobuf contract importing a file of its own, so a publish writes two subjects. */
  private static ContractSubmission proto(String id, String importPath) {
    String yaml =
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: %s
        version: 1.0.0
        owner: {team: pay}
        schema: {format: protobuf, file: payment.proto, message: Payment}
        dataset: {datasource: warehouse, table: public.payments}
        """
            .formatted(id);
    return new ContractSubmission(
        yaml,
        "pay/p.contract.yaml",
        Map.of(
            importPath,
            "syntax = \"proto3\";\npackage common;\nmessage Money { int64 units = 1; }\n",
            "payment.proto",
            "syntax = \"proto3\";\nimport \""
                + importPath
                + "\";\nmessage Payment { string id = 1; common.Money amount = 2; }\n"));
  }

  /** A contract service on the real stores, the registry's wrapped to fail at {@code step}. */
  private ContractService service(Step step) {
    RegistryStore registryStore = new JdbiRegistryStore(jdbi);
    ContractStore contractStore = new JdbiContractStore(jdbi, new ObjectMapper());
    if (step != null) {
      registryStore = new FailingRegistryStore(registryStore, step);
      contractStore = new FailingContractStore(contractStore, step);
    }
    SchemaRegistry registry =
        new SchemaRegistry(
            registryStore, CompatibilityChecker.standard(), new RegistryConfig().toSettings());
    return RegistryContext.contractService(
        registry, SchemaParsers.withDefaultLimits(), contractStore, new JdbiUnitOfWork(jdbi));
  }

  /** Row counts of every table in schema {@code registry}. */
  private Map<String, Long> registryRows() {
    return jdbi.withHandle(
        h -> {
          Map<String, Long> rows = new TreeMap<>();
          for (String table :
              h.createQuery(
                      "select table_name from information_schema.tables"
                          + " where table_schema = 'registry' and table_type = 'BASE TABLE'")
                  .mapTo(String.class)
                  .list()) {
            rows.put(
                table,
                h.createQuery("select count(*) from registry.\"" + table + "\"")
                    .mapTo(Long.class)
                    .one());
          }
          return rows;
        });
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void aFailureAtAnyStepLeavesNoTraceAndTheNextPublishIsVersionOne(Step step) {
    String id = "atomic." + step.name().toLowerCase();
    Map<String, Long> before = registryRows();
    assertThat(before)
        .containsKeys("schema", "subject", "subject_version", "subject_config", "contract");

    assertThatThrownBy(() -> service(step).publish(avro(id), Publisher.api("test")))
        .isInstanceOf(InjectedFailure.class)
        .hasMessage("injected after " + step);

    assertThat(registryRows()).isEqualTo(before);
    PublishResult again = service(null).publish(avro(id), Publisher.api("test"));
    assertThat(again.versionNo()).isEqualTo(1);
    assertThat(again.created()).isTrue();
    assertThat(again.schema().version()).isEqualTo(1);
  }

  @Test
  void aFailedCatalogInsertAlsoUndoesTheImportedFilesSubjects() {
    String id = "atomic.proto";
    Map<String, Long> before = registryRows();

    assertThatThrownBy(
            () ->
                service(Step.CATALOG_VERSION)
                    .publish(proto(id, "common/money.proto"), Publisher.api("test")))
        .isInstanceOf(InjectedFailure.class);

    assertThat(registryRows()).isEqualTo(before);
    ContractService service = service(null);
    PublishResult again = service.publish(proto(id, "common/money.proto"), Publisher.api("test"));
    assertThat(again.versionNo()).isEqualTo(1);
    assertThat(again.schema().version()).isEqualTo(1);
  }

  @Test
  void aNulCharacterIsRefusedUpFrontNamingTheFileAndLine() {
    Map<String, Long> before = registryRows();
    ContractSubmission nul =
        new ContractSubmission(
            avroContract("atomic.nul").replace("Orders.", "Orders\0."),
            "orders/order.contract.yaml",
            Map.of("order.avsc", AVSC));

    assertThatThrownBy(() -> service(null).publish(nul, Publisher.api("test")))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> {
              assertThat(e.error()).isEqualTo(ContractError.INVALID_FILES);
              assertThat(e.getMessage())
                  .startsWith(
                      "the contract (order.contract.yaml) has a NUL character (U+0000) at line 6;");
            });
    assertThat(registryRows()).isEqualTo(before);
  }

  @Test
  void aLoneSurrogateInAFileIsRefusedUpFront() {
    Map<String, Long> before = registryRows();
    ContractSubmission lone =
        new ContractSubmission(
            avroContract("atomic.surrogate"),
            "orders/order.contract.yaml",
            Map.of("order.avsc", AVSC.replace("\"amount\"", "\"amount\ud800\"")));

    assertThatThrownBy(() -> service(null).publish(lone, Publisher.api("test")))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> {
              assertThat(e.error()).isEqualTo(ContractError.INVALID_FILES);
              assertThat(e.getMessage())
                  .startsWith("file 'order.avsc' has a lone UTF-16 surrogate (U+D800) at line 3;");
            });
    assertThat(registryRows()).isEqualTo(before);
  }

  @Test
  void anIncompatibleSchemaUndoesOnlyItsSubjectWriteAndStoresNothing() {
    String id = "atomic.incompatible";
    ContractService service = service(null);
    service.publish(avro(id), Publisher.api("test"));
    Map<String, Long> before = registryRows();
    ContractSubmission breaking =
        new ContractSubmission(
            avroContract(id).replace("1.0.0", "2.0.0"),
            "orders/order.contract.yaml",
            Map.of("order.avsc", AVSC.replace("\"double\"", "\"string\"")));

    assertThatThrownBy(() -> service.publish(breaking, Publisher.api("test")))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> assertThat(e.error()).isEqualTo(ContractError.INCOMPATIBLE_SCHEMA));
    assertThat(registryRows()).isEqualTo(before);
  }

  @Test
  void concurrentPublishersOfOneContractEachFinishAndStoreOneVersion() throws Exception {
    String id = "atomic.concurrent";
    ContractService service = service(null);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<PublishResult>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(
            pool.submit(
                () -> service.publish(proto(id, "common/shared.proto"), Publisher.api("test"))));
      }
      List<PublishResult> done = new ArrayList<>();
      for (Future<PublishResult> f : results) {
        done.add(f.get(60, TimeUnit.SECONDS));
      }

      assertThat(done).extracting(PublishResult::versionNo).containsOnly(1);
      assertThat(done).filteredOn(PublishResult::created).hasSize(1);
      assertThat(done).extracting(r -> r.schema().version()).containsOnly(1);
    } finally {
      pool.shutdownNow();
    }
    long versions =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select count(*) from registry.subject_version where subject in"
                            + " ('atomic.concurrent', 'common/shared.proto')")
                    .mapTo(Long.class)
                    .one());
    assertThat(versions).isEqualTo(2);
  }

  // ---------------------------------------------------------------- the failing wrappers

  static final class InjectedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InjectedFailure(Step step) {
      super("injected after " + step);
    }
  }

  /** The real registry store, throwing just after the subject write or the config write. */
  private record FailingRegistryStore(RegistryStore store, Step step) implements RegistryStore {

    @Override
    public <T> T writeSubject(String subject, Function<SubjectWriter, T> work) {
      boolean[] added = {false};
      T result =
          store.writeSubject(subject, w -> work.apply(new VersionSpy(w, () -> added[0] = true)));
      if (step == Step.SUBJECT_VERSION && added[0]) {
        throw new InjectedFailure(step);
      }
      return result;
    }

    @Override
    public void setCompatibility(String subject, CompatibilityMode mode) {
      store.setCompatibility(subject, mode);
      if (step == Step.SUBJECT_CONFIG && !subject.equals(GLOBAL)) {
        throw new InjectedFailure(step);
      }
    }

    @Override
    public Optional<StoredSchema> schema(int id) {
      return store.schema(id);
    }

    @Override
    public OptionalInt schemaIdByHash(SchemaFormat format, String sha256) {
      return store.schemaIdByHash(format, sha256);
    }

    @Override
    public List<SubjectVersion> versions(String subject) {
      return store.versions(subject);
    }

    @Override
    public List<SubjectVersion> versionsOfSchema(int schemaId) {
      return store.versionsOfSchema(schemaId);
    }

    @Override
    public List<SubjectVersion> allVersions(String subjectPrefix) {
      return store.allVersions(subjectPrefix);
    }

    @Override
    public List<Integer> schemasReferencing(String subject, int version, boolean liveOnly) {
      return store.schemasReferencing(subject, version, liveOnly);
    }

    @Override
    public Optional<CompatibilityMode> compatibility(String subject) {
      return store.compatibility(subject);
    }

    @Override
    public boolean deleteCompatibility(String subject) {
      return store.deleteCompatibility(subject);
    }

    @Override
    public Optional<RegistryMode> mode(String subject) {
      return store.mode(subject);
    }

    @Override
    public void setMode(String subject, RegistryMode mode) {
      store.setMode(subject, mode);
    }

    @Override
    public boolean deleteMode(String subject) {
      return store.deleteMode(subject);
    }

    @Override
    public List<Integer> deleteUnusedSchemas(Collection<Integer> ids) {
      return store.deleteUnusedSchemas(ids);
    }
  }

  /** A subject writer that notes when a version was added. */
  private record VersionSpy(RegistryStore.SubjectWriter w, Runnable added)
      implements RegistryStore.SubjectWriter {

    @Override
    public List<SubjectVersion> versions() {
      return w.versions();
    }

    @Override
    public int schemaIdFor(org.pactum.registry.core.NewSchema schema) {
      return w.schemaIdFor(schema);
    }

    @Override
    public void importSchema(int id, org.pactum.registry.core.NewSchema schema) {
      w.importSchema(id, schema);
    }

    @Override
    public void addVersion(int version, int schemaId) {
      w.addVersion(version, schemaId);
      added.run();
    }

    @Override
    public void softDelete(int version) {
      w.softDelete(version);
    }

    @Override
    public void delete(int version) {
      w.delete(version);
    }

    @Override
    public void deleteSettings() {
      w.deleteSettings();
    }
  }

  /** The real catalog store, throwing just after it inserted the version. */
  private record FailingContractStore(ContractStore store, Step step) implements ContractStore {

    @Override
    public Optional<PublishOutcome> publish(
        ContractDocument document, SchemaLink schema, List<FindingRecord> findings, int basedOn) {
      Optional<PublishOutcome> outcome = store.publish(document, schema, findings, basedOn);
      if (step == Step.CATALOG_VERSION && outcome.map(PublishOutcome::created).orElse(false)) {
        throw new InjectedFailure(step);
      }
      return outcome;
    }

    @Override
    public Optional<ContractVersion> latest(String contractId) {
      return store.latest(contractId);
    }

    @Override
    public Optional<ContractVersion> version(String contractId, int versionNo) {
      return store.version(contractId, versionNo);
    }

    @Override
    public List<ContractVersion> versions(String contractId) {
      return store.versions(contractId);
    }

    @Override
    public List<ContractVersion> latestOfEach(String afterId, int limit) {
      return store.latestOfEach(afterId, limit);
    }

    @Override
    public List<CatalogHead> heads() {
      return store.heads();
    }

    @Override
    public Optional<CatalogHead> head(String contractId) {
      return store.head(contractId);
    }

    @Override
    public ContractState lock(String contractId) {
      return store.lock(contractId);
    }

    @Override
    public void declare(String contractId, String file) {
      store.declare(contractId, file);
    }

    @Override
    public List<String> releaseUndeclared(java.util.Set<String> declared) {
      return store.releaseUndeclared(declared);
    }

    @Override
    public boolean retire(String contractId, java.time.OffsetDateTime at) {
      return store.retire(contractId, at);
    }

    @Override
    public int delete(String contractId) {
      return store.delete(contractId);
    }
  }
}
