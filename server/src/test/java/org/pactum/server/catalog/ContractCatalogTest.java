package org.pactum.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.ContractLoader;
import org.pactum.registry.RegistryBundle;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.VersionId;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.db.ContractVersionDao;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class ContractCatalogTest {
  private static final Path ORDERS = Path.of("../contracts/examples/orders");
  private final ContractVersionDao dao;
  private final SchemaRegistry registry;
  private final ContractService contracts;

  ContractCatalogTest(TestDatabase db) {
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    dao = jdbi.onDemand(ContractVersionDao.class);
    registry =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi),
            CompatibilityChecker.standard(),
            new RegistryConfig().toSettings());
    contracts =
        RegistryBundle.contractService(
            registry,
            SchemaParsers.withDefaultLimits(),
            new JdbiContractStore(jdbi, new ObjectMapper()),
            new JdbiUnitOfWork(jdbi));
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), contracts, List.of(dir));

    CatalogSnapshot first = catalog.reload();
    CatalogSnapshot unchanged = catalog.reload();
    Files.writeString(
        contract, Files.readString(contract) + "\n# a comment changes the document\n");
    CatalogSnapshot changed = catalog.reload();

    assertThat(first.problems()).isEmpty();
    assertThat(first.entries()).extracting(CatalogEntry::catalogVersion).containsExactly(1);
    assertThat(unchanged.entries()).extracting(CatalogEntry::catalogVersion).containsExactly(1);
    assertThat(changed.entries()).extracting(CatalogEntry::catalogVersion).containsExactly(2);
    assertThat(dao.versions("orders.order_placed")).hasSize(2);
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), contracts, List.of(dir));

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.problems()).isEmpty();
    assertThat(snapshot.entries()).hasSize(1);
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), contracts, List.of(dir));
    catalog.reload();
    int versionsBefore = dao.versions("orders.order_placed").size();
    List<Integer> registeredBefore = registry.versionNumbers("orders.order_placed", false, false);
    Path avsc = dir.resolve("order_placed.avsc");
    Files.writeString(
        avsc,
        Files.readString(avsc)
            .replace(
                "\"name\": \"loaded_at\"",
                "\"name\": \"sales_channel\", \"type\": \"string\"}, {\"name\": \"loaded_at\""));

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.entries()).isEmpty();
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
    ContractCatalog catalog =
        new ContractCatalog(new ContractLoader(), contracts, List.of(missing, dir));

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.entries()).hasSize(1);
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), contracts, List.of(dir));
    int versionsBefore = dao.versions("orders.order_placed").size();

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.entries()).isEmpty();
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), contracts, List.of(dir));
    int versionsBefore = dao.versions("orders.order_placed").size();

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.message()).contains("symbolic link").doesNotContain(outside.toString());
              assertThat(p.location()).contains("order_placed.contract.yaml");
            });
    assertThat(dao.versions("orders.order_placed")).hasSize(versionsBefore);
  }
}
