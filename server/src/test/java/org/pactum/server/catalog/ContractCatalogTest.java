package org.pactum.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.contracts.ContractLoader;
import org.pactum.registry.db.ContractVersionDao;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

@ExtendWith(PostgresExtension.class)
class ContractCatalogTest {
  private static final Path ORDERS = Path.of("../contracts/examples/orders");
  private final ContractVersionDao dao;

  ContractCatalogTest(TestDatabase db) {
    dao =
        Jdbi.create(db.dataSource())
            .installPlugin(new SqlObjectPlugin())
            .onDemand(ContractVersionDao.class);
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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), dao, List.of(dir));

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
  }

  @Test
  void aMissingFolderIsAProblemNotACrash(@TempDir Path dir) throws Exception {
    copyOrders(dir);
    Path missing = dir.resolve("gone");
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), dao, List.of(missing, dir));

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
    ContractCatalog catalog = new ContractCatalog(new ContractLoader(), dao, List.of(dir));
    int versionsBefore = dao.versions("orders.order_placed").size();

    CatalogSnapshot snapshot = catalog.reload();

    assertThat(snapshot.entries()).isEmpty();
    assertThat(snapshot.problems()).anySatisfy(p -> assertThat(p.message()).contains("NOPE"));
    assertThat(dao.versions("orders.order_placed")).hasSize(versionsBefore);
  }
}
