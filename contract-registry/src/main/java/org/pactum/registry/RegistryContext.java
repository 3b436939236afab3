package org.pactum.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.pactum.api.auth.authz.ReadGate;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.diff.ContractDiffer;
import org.pactum.registry.api.CompatibilityResource;
import org.pactum.registry.api.ConfigResource;
import org.pactum.registry.api.ContractExceptionMapper;
import org.pactum.registry.api.ContractsResource;
import org.pactum.registry.api.InvalidSchemaExceptionMapper;
import org.pactum.registry.api.ModeResource;
import org.pactum.registry.api.OctetStreamJsonReader;
import org.pactum.registry.api.RegistryExceptionMapper;
import org.pactum.registry.api.SchemaByIdFastPath;
import org.pactum.registry.api.SchemasResource;
import org.pactum.registry.api.SubjectsResource;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.RegistrySettings;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.UnitOfWork;
import org.pactum.registry.core.contract.ContractHistory;
import org.pactum.registry.core.contract.ContractLifecycle;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.ContractStore;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.registry.core.contract.Ownership;
import org.pactum.registry.core.contract.SubmissionLimits;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.ContractSemanticDiffer;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;

/**
 * The contract registry's object graph, built by hand top to bottom: the stores → the schema
 * registry → the contract service and lifecycle → the one catalog every consumer reads → the API's
 * resources (the Confluent-compatible API at the root paths, Pactum's contract API at {@code
 * /api/v1/contracts}). Starts no threads; the server builds one in its wiring.
 *
 * @param catalog the one catalog: the contracts' heads, read from the store on every call
 * @param ownership who owns each subject, which scopes a producer's writes to its teams
 */
public record RegistryContext(
    SchemaRegistry registry,
    ContractService contracts,
    ContractLifecycle lifecycle,
    CurrentCatalog catalog,
    Ownership ownership,
    ObjectMapper mapper) {

  /**
   * @param jdbi the Pactum store, with the SqlObject plugin and a migrated {@code registry} schema
   * @param history what other modules keep of a contract, forgotten when it is deleted for good
   */
  public static RegistryContext build(
      Jdbi jdbi,
      RegistrySettings settings,
      ObjectMapper mapper,
      ContractHistory history,
      Clock clock) {
    SchemaRegistry registry =
        new SchemaRegistry(new JdbiRegistryStore(jdbi), CompatibilityChecker.standard(), settings);
    JdbiContractStore store = new JdbiContractStore(jdbi, mapper);
    JdbiUnitOfWork transactions = new JdbiUnitOfWork(jdbi);
    ContractService contracts =
        contractService(registry, new SchemaParsers(settings.parseLimits()), store, transactions);
    ContractLifecycle lifecycle = new ContractLifecycle(store, transactions, history, clock);
    CurrentCatalog catalog = new CurrentCatalog(store, new ContractLoader());
    Ownership ownership = Ownership.of(catalog, settings.subjectTeams());
    return new RegistryContext(registry, contracts, lifecycle, catalog, ownership, mapper);
  }

  /**
   * The contract service on a registry and a catalog store, publishing in units of work that both
   * stores join (all three on one {@link Jdbi}).
   */
  public static ContractService contractService(
      SchemaRegistry registry,
      SchemaParsers parsers,
      ContractStore store,
      UnitOfWork transactions) {
    return new ContractService(
        new ContractLoader(),
        registry,
        parsers,
        new ContractChangeChecker(
            new SchemaSources(parsers),
            CompatibilityChecker.standard(),
            new ContractSemanticDiffer(new ContractDiffer())),
        store,
        transactions,
        SubmissionLimits.DEFAULT);
  }

  /** Both APIs' resources, exception mappers and body reader, for Jersey. */
  public List<Object> resources() {
    return Stream.concat(
            schemaResources(registry, ownership, mapper).stream(),
            Stream.of(
                new ContractsResource(
                    contracts, lifecycle, ownership, mapper, SubmissionLimits.DEFAULT),
                new ContractExceptionMapper()))
        .toList();
  }

  /**
   * The servlet filter answering {@code GET /schemas/ids/{id}} (mapped at {@link
   * SchemaByIdFastPath#PATTERN}) before Jersey, the registry's hottest read.
   *
   * @param gate who it may serve itself: {@link ReadGate#authenticating} with the edge's
   *     authenticators when authentication is required, {@link ReadGate#open()} with {@code
   *     auth.mode: none}
   */
  public SchemaByIdFastPath schemaByIdFastPath(ReadGate gate) {
    return new SchemaByIdFastPath(registry, mapper, gate);
  }

  /**
   * The Confluent-compatible API's resources, exception mappers and body reader (tests may register
   * them on a test container).
   */
  public static List<Object> schemaResources(
      SchemaRegistry registry, Ownership ownership, ObjectMapper mapper) {
    return List.of(
        new SubjectsResource(registry, ownership),
        new SchemasResource(registry),
        new ConfigResource(registry),
        new ModeResource(registry),
        new CompatibilityResource(registry),
        new RegistryExceptionMapper(),
        new InvalidSchemaExceptionMapper(),
        new OctetStreamJsonReader(mapper));
  }
}
