package org.pactum.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
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
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.UnitOfWork;
import org.pactum.registry.core.contract.ContractHistory;
import org.pactum.registry.core.contract.ContractLifecycle;
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.ContractStore;
import org.pactum.registry.core.contract.CurrentCatalog;
import org.pactum.registry.core.contract.SubmissionLimits;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.ContractSemanticDiffer;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.registry.db.JdbiContractStore;
import org.pactum.registry.db.JdbiUnitOfWork;
import org.pactum.registry.store.JdbiRegistryStore;

/**
 * Serves the Confluent-compatible Schema Registry API at the root paths ({@code /subjects}, {@code
 * /schemas}, {@code /config}, {@code /mode}, {@code /compatibility}) and Pactum's contract API at
 * {@code /api/v1/contracts} on the shared Pactum database. Register it after the database bundle
 * that fills the {@link Jdbi} supplier. Starts no threads.
 */
public final class RegistryBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, RegistryConfig> config;
  private volatile SchemaRegistry registry;
  private final ContractHistory history;
  private volatile ContractService contracts;
  private volatile ContractLifecycle lifecycle;
  private volatile CurrentCatalog catalog;

  /**
   * @param jdbi the shared Jdbi, asked for in {@link #run} (the database bundle has run by then)
   * @param config this bundle's section of the application's configuration (null: defaults)
   */
  public RegistryBundle(Supplier<Jdbi> jdbi, Function<C, RegistryConfig> config) {
    this(jdbi, config, ContractHistory.NONE);
  }

  /**
   * @param history what other modules keep of a contract, forgotten when it is deleted for good
   */
  public RegistryBundle(
      Supplier<Jdbi> jdbi, Function<C, RegistryConfig> config, ContractHistory history) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
    this.history = Objects.requireNonNull(history, "history");
  }

  @Override
  public void run(C configuration, Environment environment) {
    RegistryConfig rc = config.apply(configuration);
    var settings = (rc == null ? new RegistryConfig() : rc).toSettings();
    SchemaRegistry r =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi.get()), CompatibilityChecker.standard(), settings);
    JdbiContractStore store = new JdbiContractStore(jdbi.get(), environment.getObjectMapper());
    JdbiUnitOfWork transactions = new JdbiUnitOfWork(jdbi.get());
    ContractService c =
        contractService(r, new SchemaParsers(settings.parseLimits()), store, transactions);
    ContractLifecycle l = new ContractLifecycle(store, transactions, history, Clock.systemUTC());
    components(r, environment.getObjectMapper()).forEach(environment.jersey()::register);
    environment
        .servlets()
        .addFilter("schema-by-id", new SchemaByIdFastPath(r, environment.getObjectMapper()))
        .addMappingForUrlPatterns(
            EnumSet.of(DispatcherType.REQUEST), true, SchemaByIdFastPath.PATTERN);
    contractComponents(c, l, environment.getObjectMapper()).forEach(environment.jersey()::register);
    registry = r;
    contracts = c;
    lifecycle = l;
    catalog = new CurrentCatalog(store, new ContractLoader());
  }

  /** Contracts' standing, retirement and deletion; after {@link #run}. */
  public ContractLifecycle lifecycle() {
    ContractLifecycle l = lifecycle;
    if (l == null) {
      throw new IllegalStateException("the registry bundle has not run yet");
    }
    return l;
  }

  /** The one catalog every consumer reads; after {@link #run}. */
  public CurrentCatalog catalog() {
    CurrentCatalog c = catalog;
    if (c == null) {
      throw new IllegalStateException("the registry bundle has not run yet");
    }
    return c;
  }

  /**
   * The contract service the API publishes through (for the server's catalog); after {@link #run}.
   */
  public ContractService contracts() {
    ContractService c = contracts;
    if (c == null) {
      throw new IllegalStateException("the registry bundle has not run yet");
    }
    return c;
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

  /** The contract API's resource and exception mapper. */
  public static List<Object> contractComponents(
      ContractService contracts, ContractLifecycle lifecycle, ObjectMapper mapper) {
    return List.of(
        new ContractsResource(contracts, lifecycle, mapper, SubmissionLimits.DEFAULT),
        new ContractExceptionMapper());
  }

  /** The running registry (for the server's own wiring); available once {@link #run} ran. */
  public SchemaRegistry registry() {
    SchemaRegistry r = registry;
    if (r == null) {
      throw new IllegalStateException("the registry bundle has not run yet");
    }
    return r;
  }

  /**
   * The JAX-RS resources, exception mappers and body reader that make up the API; {@link #run}
   * registers them, and tests may register them on a test container.
   */
  public static List<Object> components(SchemaRegistry registry, ObjectMapper mapper) {
    return List.of(
        new SubjectsResource(registry),
        new SchemasResource(registry),
        new ConfigResource(registry),
        new ModeResource(registry),
        new CompatibilityResource(registry),
        new RegistryExceptionMapper(),
        new InvalidSchemaExceptionMapper(),
        new OctetStreamJsonReader(mapper));
  }
}
