package org.pactum.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.jackson.Jackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.ContractLoader;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.RegistryContext;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.VersionId;
import org.pactum.registry.core.contract.ContractCatalogException;
import org.pactum.registry.core.contract.ContractError;
import org.pactum.registry.core.contract.ContractFiles;
import org.pactum.registry.core.contract.ContractHistory;
import org.pactum.registry.core.contract.ContractLifecycle;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.registry.core.contract.ManagedBy;
import org.pactum.registry.core.contract.Publisher;
import org.pactum.registry.db.ContractVersionDao;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
/**
 * The contracts folders publish into the one catalog through the contract API's path: versions only
 * when content changed, schemas in their subjects, refusals as problems, and the folder owning the
 * ids it declares.
 */
class ContractFoldersTest {
  private static final Path ORDERS = Path.of("../contracts/examples/orders");
  private final ContractVersionDao dao;
  private final SchemaRegistry registry;
  private final ContractService contracts;
  private final ContractLifecycle lifecycle;
  private final CurrentCatalog catalog;

  ContractFoldersTest(TestDatabase db) {
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    dao = jdbi.onDemand(ContractVersionDao.class);
    registry =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi),
            CompatibilityChecker.standard(),
            new RegistryConfig().toSettings());
    JdbiContractStore store = new JdbiContractStore(jdbi, Jackson.newObjectMapper());
    JdbiUnitOfWork transactions = new JdbiUnitOfWork(jdbi);
    contracts =
        RegistryContext.contractService(
            registry, SchemaParsers.withDefaultLimits(), store, transactions);
    lifecycle = new ContractLifecycle(store, transactions, ContractHistory.NONE, Clock.systemUTC());
    catalog = new CurrentCatalog(store, new ContractLoader());
  }

  private ContractFolders folders(List<Path> paths) {
    return new ContractFolders(new ContractLoader(), contracts, lifecycle, paths);
  }

  private int catalogVersion(String id) {
    return catalog.find(id).orElseThrow().version().versionNo();
  }

  private static Path copyOrders(Path dir) throws Exception {
    for (String f : List.of("order_placed.contract.yaml", "order_placed.avsc")) {
      Files.copy(ORDERS.resolve(f), dir.resolve(f));
    }
    return dir.resolve("order_placed.contract.yaml");
  }

  @Test
  void reloadPublishesOnlyWhatChanged(@TempDir Path dir) throws Exception {
    Path contract = copyOrders(dir);
    ContractFolders folders = folders(List.of(dir));

    FolderLoad first = folders.reload();
    int firstVersion = catalogVersion("orders.order_placed");
    FolderLoad unchanged = folders.reload();
    Files.writeString(
        contract, Files.readString(contract) + "\n# a comment changes the document\n");
    FolderLoad changed = folders.reload();

    assertThat(first.problems()).isEmpty();
    assertThat(first.declared()).containsExactly("orders.order_placed");
    assertThat(unchanged.problems()).isEmpty();
    assertThat(changed.problems()).isEmpty();
    // the class shares one database: count from what the first load found
    assertThat(dao.versions("orders.order_placed")).hasSize(firstVersion + 1);
    assertThat(catalogVersion("orders.order_placed")).isEqualTo(firstVersion + 1);
    assertThat(dao.latest("orders.order_placed").orElseThrow().source())
        .isEqualTo(contract.toString());
    assertThat(dao.latest("orders.order_placed").orElseThrow().schemaText())
        .isEqualTo(Files.readString(dir.resolve("order_placed.avsc")));
    // the schema landed in the subject named by the contract id, under the contract's mode
    assertThat(registry.versionNumbers("orders.order_placed", false, false)).containsExactly(1);
    assertThat(registry.subjectCompatibility("orders.order_placed", false).name())
        .isEqualTo("BACKWARD_TRANSITIVE");
  }

  @Test
  void protobufImportsLandInTheirOwnSubjects(@TempDir Path dir) throws Exception {
    PactumCopies.copyTree(Path.of("../contracts/examples/payments"), dir);
    ContractFolders folders = folders(List.of(dir));

    FolderLoad snapshot = folders.reload();

    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.declared()).containsExactly("payments.payment");
    var main = registry.version("payments.payment", VersionId.LATEST, false);
    assertThat(main.schema().references())
        .extracting(r -> r.name() + "@" + r.subject() + "@" + r.version())
        .containsExactly("common/money.proto@common/money.proto@1");
    assertThat(dao.latest("payments.payment").orElseThrow().filesJson())
        .contains("common/money.proto")
        .contains("payment.proto");
  }

  @Test
  void aSchemaTheRegistryRefusesIsAProblemAndNotPublished(@TempDir Path dir) throws Exception {
    Path contract = copyOrders(dir);
    ContractFolders folders = folders(List.of(dir));
    folders.reload();
    int versionsBefore = dao.versions("orders.order_placed").size();
    List<Integer> registeredBefore = registry.versionNumbers("orders.order_placed", false, false);
    Path avsc = dir.resolve("order_placed.avsc");
    Files.writeString(
        avsc,
        Files.readString(avsc)
            .replace(
                "\"name\": \"loaded_at\"",
                "\"name\": \"sales_channel\", \"type\": \"string\"}, {\"name\": \"loaded_at\""));

    FolderLoad snapshot = folders.reload();

    assertThat(snapshot.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("incompatible"))
        .anySatisfy(
            p -> {
              assertThat(p.message()).contains("READER_FIELD_MISSING_DEFAULT_VALUE");
              assertThat(p.location()).startsWith(contract.toAbsolutePath().toString());
            });
    assertThat(dao.versions("orders.order_placed")).hasSize(versionsBefore);
    assertThat(registry.versionNumbers("orders.order_placed", false, false))
        .isEqualTo(registeredBefore);
  }

  @Test
  void aMissingFolderIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    copyOrders(dir);
    Path missing = dir.resolve("gone");
    ContractFolders folders = folders(List.of(missing, dir));

    FolderLoad snapshot = folders.reload();

    assertThat(snapshot.declared()).containsExactly("orders.order_placed");
    assertThat(snapshot.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo(missing.toString());
              assertThat(p.message()).contains("not found");
            });
  }

  @Test
  void aContractWithErrorsIsNotPublished(@TempDir Path dir) throws Exception {
    Path contract = copyOrders(dir);
    Files.writeString(
        contract,
        Files.readString(contract)
            .replace("compatibility: BACKWARD_TRANSITIVE", "compatibility: NOPE"));
    ContractFolders folders = folders(List.of(dir));
    int versionsBefore = dao.versions("orders.order_placed").size();

    FolderLoad snapshot = folders.reload();

    assertThat(snapshot.declared()).isEmpty();
    assertThat(snapshot.problems()).anySatisfy(p -> assertThat(p.message()).contains("NOPE"));
    assertThat(dao.versions("orders.order_placed")).hasSize(versionsBefore);
  }

  @Test
  void aSymlinkInTheConfiguredFolderIsRefusedAndNothingPublished(@TempDir Path tmp)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("contracts"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.copy(ORDERS.resolve("order_placed.avsc"), outside.resolve("order_placed.avsc"));
    Files.copy(
        ORDERS.resolve("order_placed.contract.yaml"), dir.resolve("order_placed.contract.yaml"));
    Files.createSymbolicLink(
        dir.resolve("order_placed.avsc"), outside.resolve("order_placed.avsc"));
    ContractFolders folders = folders(List.of(dir));
    int versionsBefore = dao.versions("orders.order_placed").size();

    FolderLoad snapshot = folders.reload();

    assertThat(snapshot.declared()).isEmpty();
    assertThat(snapshot.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("symbolic link").doesNotContain(outside.toString());
              assertThat(p.location()).contains("order_placed.contract.yaml");
            });
    assertThat(dao.versions("orders.order_placed")).hasSize(versionsBefore);
  }

  @Test
  void whenAFolderAndTheApiPublishTheSameIdTheFolderOwnsIt(@TempDir Path dir) throws Exception {
    Path contract = copyOrders(dir);
    ContractFolders folders = folders(List.of(dir));
    // the API publishes the id first ...
    var loaded = new ContractLoader().load(contract).contract().orElseThrow();
    contracts.publish(ContractFiles.submission(loaded, "api.contract.yaml"), Publisher.api("api"));

    // ... then the folder declares it: it takes the id over (a new version only if content differs)
    assertThat(folders.reload().problems()).isEmpty();
    assertThat(lifecycle.standing("orders.order_placed").state().managedBy())
        .isEqualTo(ManagedBy.FOLDER);
    int versions = dao.versions("orders.order_placed").size();
    assertThatThrownBy(
            () ->
                contracts.publish(
                    ContractFiles.submission(loaded, "api.contract.yaml"), Publisher.api("api")))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> {
              assertThat(e.error()).isEqualTo(ContractError.MANAGED_BY_FOLDER);
              assertThat(e.getMessage()).contains(contract.toString());
            });
    assertThat(dao.versions("orders.order_placed")).hasSize(versions);

    // the file leaves the folder: the API manages the id again
    Files.delete(contract);
    assertThat(folders.reload().declared()).isEmpty();
    assertThat(lifecycle.standing("orders.order_placed").state().managedBy())
        .isEqualTo(ManagedBy.API);
  }

  @Test
  void aPartialLoadHandsNothingBack(@TempDir Path dir) throws Exception {
    Path contract = copyOrders(dir);
    folders(List.of(dir)).reload();
    Files.writeString(
        contract,
        Files.readString(contract)
            .replace("compatibility: BACKWARD_TRANSITIVE", "compatibility: NOPE"));

    folders(List.of(dir)).reload();

    // the broken file still declares its id: the API may not take it over meanwhile
    assertThat(lifecycle.standing("orders.order_placed").state().managedBy())
        .isEqualTo(ManagedBy.FOLDER);
  }
}
