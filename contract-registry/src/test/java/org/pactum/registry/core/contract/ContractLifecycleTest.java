package org.pactum.registry.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.RegistryContext;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * One catalog on the real stores: the folder/API rule, retirement, deletion for good, and the
 * current catalog every consumer reads (statuses, which contracts are checked, never stale).
 */
@ExtendWith(PostgresExtension.class)
class ContractLifecycleTest {
  private static final String AVSC =
      """
      {"type": "record", "name": "Order", "namespace": "shop", "fields": [
        {"name": "order_id", "type": "string"}, {"name": "amount", "type": "double"}]}
      """;
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private final ContractStore store;
  private final ContractService service;
  private final ContractLifecycle lifecycle;
  private final CurrentCatalog catalog;
  private final List<String> forgotten = new ArrayList<>();

  ContractLifecycleTest(TestDatabase db) {
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store = new JdbiContractStore(jdbi, Jackson.newObjectMapper());
    SchemaRegistry registry =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi),
            CompatibilityChecker.standard(),
            new RegistryConfig().toSettings());
    JdbiUnitOfWork transactions = new JdbiUnitOfWork(jdbi);
    service =
        RegistryContext.contractService(
            registry, SchemaParsers.withDefaultLimits(), store, transactions);
    lifecycle =
        new ContractLifecycle(
            store,
            transactions,
            id -> {
              forgotten.add(id);
              return 7;
            },
            Clock.fixed(NOW, ZoneOffset.UTC));
    catalog = new CurrentCatalog(store, new ContractLoader());
  }

  private static ContractSubmission contract(String id, String status, String description) {
    String yaml =
        """
        apiVersion: pactum/v1
        kind: DataContract
        id: %s
        version: 1.0.0
        status: %s
        owner: {team: shop}
        description: %s
        schema: {format: avro, file: order.avsc, compatibility: BACKWARD}
        dataset: {datasource: warehouse, table: public.orders}
        checks:
          - not_null: [order_id]
        """
            .formatted(id, status, description);
    return new ContractSubmission(yaml, "shop/order.contract.yaml", Map.of("order.avsc", AVSC));
  }

  @Test
  void aContractPublishedThroughTheApiIsInTheCatalogEveryConsumerReads() {
    service.publish(contract("one.api", "active", "Orders."), Publisher.api("api"));

    CatalogContract found = catalog.find("one.api").orElseThrow();
    assertThat(found.status()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(found.checked()).isTrue();
    assertThat(found.version().versionNo()).isEqualTo(1);
    assertThat(found.loaded().contract().dataset().table()).isEqualTo("public.orders");
    assertThat(catalog.all()).extracting(CatalogContract::id).contains("one.api");

    // never stale: a second version is what the next read returns
    service.publish(contract("one.api", "deprecated", "Orders, v2."), Publisher.api("api"));
    CatalogContract second = catalog.find("one.api").orElseThrow();
    assertThat(second.version().versionNo()).isEqualTo(2);
    assertThat(second.loaded().contract().description()).isEqualTo("Orders, v2.");
    assertThat(second.status()).isEqualTo(ContractStatus.DEPRECATED);
    assertThat(second.checked()).isTrue();
    // the gate warns whoever changes a deprecated contract next
    assertThat(service.check(null, contract("one.api", "deprecated", "Orders, v3.")).findings())
        .anySatisfy(
            f -> {
              assertThat(f.rule()).isEqualTo("CONTRACT_DEPRECATED");
              assertThat(f.severity()).isEqualTo("WARNING");
            });
  }

  @Test
  void draftsAndRetiredContractsAreNotChecked() {
    service.publish(contract("one.draft", "draft", "Draft."), Publisher.api("api"));
    service.publish(contract("one.retiring", "active", "Soon gone."), Publisher.api("api"));
    lifecycle.retire("one.retiring");

    assertThat(catalog.find("one.draft").orElseThrow().checked()).isFalse();
    CatalogContract retired = catalog.find("one.retiring").orElseThrow();
    assertThat(retired.status()).isEqualTo(ContractStatus.RETIRED);
    assertThat(retired.checked()).isFalse();
    assertThat(catalog.checked())
        .extracting(CatalogContract::id)
        .doesNotContain("one.draft", "one.retiring");
    // the list of the contract API says retired too
    assertThat(store.latestOfEach("one.retiring", 1)).isEmpty();
    assertThat(store.latestOfEach("one.retirinf", 1))
        .singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo("RETIRED"));
  }

  @Test
  void retiringKeepsTheHistoryAndRefusesNewVersions() {
    service.publish(contract("one.old", "active", "Old."), Publisher.api("api"));
    ContractStanding standing = lifecycle.retire("one.old");
    assertThat(standing.status()).isEqualTo(ContractStatus.RETIRED);
    assertThat(standing.state().retiredAt().toInstant()).isEqualTo(NOW);
    assertThat(lifecycle.retire("one.old").state().retiredAt().toInstant()).isEqualTo(NOW);

    assertThat(service.versions("one.old")).hasSize(1);
    assertThatThrownBy(
            () -> service.publish(contract("one.old", "active", "Back?"), Publisher.api("api")))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> {
              assertThat(e.error()).isEqualTo(ContractError.RETIRED);
              assertThat(e.getMessage()).contains("retired at 2026-12-07T10:00:00Z");
            });
    assertThat(service.versions("one.old")).hasSize(1);
    // the gate says so before anyone tries
    assertThat(service.check(null, contract("one.old", "active", "Back?")).findings())
        .anySatisfy(f -> assertThat(f.rule()).isEqualTo("CONTRACT_RETIRED"));
  }

  @Test
  void aPermanentDeleteNeedsARetirementAndDropsVersionsAndHistory() {
    service.publish(contract("one.gone", "active", "Gone."), Publisher.api("api"));
    service.publish(contract("one.gone", "active", "Gone, v2."), Publisher.api("api"));
    assertThatThrownBy(() -> lifecycle.deletePermanently("one.gone"))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> assertThat(e.error()).isEqualTo(ContractError.NOT_RETIRED));
    assertThat(forgotten).isEmpty();

    lifecycle.retire("one.gone");
    DeletedContract deleted = lifecycle.deletePermanently("one.gone");
    assertThat(deleted).isEqualTo(new DeletedContract("one.gone", 2, 7));
    assertThat(forgotten).containsExactly("one.gone");
    assertThat(catalog.find("one.gone")).isEmpty();
    assertThatThrownBy(() -> lifecycle.standing("one.gone"))
        .isInstanceOfSatisfying(
            ContractCatalogException.class,
            e -> assertThat(e.error()).isEqualTo(ContractError.CONTRACT_NOT_FOUND));
    // the id is free again
    assertThat(
            service
                .publish(contract("one.gone", "active", "Again."), Publisher.api("api"))
                .versionNo())
        .isEqualTo(1);
  }

  @Test
  void theFolderOwnsTheIdsItDeclaresAndTheApiIsRefusedWithTheFile() {
    service.publish(contract("one.both", "active", "From the API."), Publisher.api("api"));
    // the folder declares the same id: it takes it over, through the same publish path
    PublishResult fromFolder =
        service.publish(
            contract("one.both", "active", "From the folder."),
            Publisher.folder("/srv/contracts/order.contract.yaml"));
    assertThat(fromFolder.versionNo()).isEqualTo(2);
    assertThat(service.version("one.both", 2).source())
        .isEqualTo("/srv/contracts/order.contract.yaml");

    for (Runnable apiWrite :
        List.<Runnable>of(
            () ->
                service.publish(contract("one.both", "active", "API again."), Publisher.api("api")),
            () -> lifecycle.retire("one.both"),
            () -> lifecycle.deletePermanently("one.both"))) {
      assertThatThrownBy(apiWrite::run)
          .isInstanceOfSatisfying(
              ContractCatalogException.class,
              e -> {
                assertThat(e.error()).isEqualTo(ContractError.MANAGED_BY_FOLDER);
                assertThat(e.getMessage()).contains("/srv/contracts/order.contract.yaml");
              });
    }
    assertThat(service.versions("one.both")).hasSize(2);
    assertThat(catalog.find("one.both").orElseThrow().loaded().contract().description())
        .isEqualTo("From the folder.");
    assertThat(lifecycle.standing("one.both").state().managedBy()).isEqualTo(ManagedBy.FOLDER);

    // once the folder no longer declares it, the API manages it again
    assertThat(lifecycle.folderDeclares(Set.of("something.else"))).contains("one.both");
    assertThat(lifecycle.standing("one.both").state().managedBy()).isEqualTo(ManagedBy.API);
    assertThat(
            service
                .publish(contract("one.both", "active", "API again."), Publisher.api("api"))
                .versionNo())
        .isEqualTo(3);
  }
}
