package org.pactum.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
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
import org.pactum.registry.core.contract.ContractService;
import org.pactum.registry.core.contract.SubmissionLimits;
import org.pactum.registry.core.gate.ContractChangeChecker;
import org.pactum.registry.core.gate.ContractSemanticDiffer;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.registry.db.JdbiContractStore;
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
  private volatile ContractService contracts;

  /**
   * @param jdbi the shared Jdbi, asked for in {@link #run} (the database bundle has run by then)
   * @param config this bundle's section of the application's configuration (null: defaults)
   */
  public RegistryBundle(Supplier<Jdbi> jdbi, Function<C, RegistryConfig> config) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    RegistryConfig rc = config.apply(configuration);
    var settings = (rc == null ? new RegistryConfig() : rc).toSettings();
    SchemaRegistry r =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi.get()), CompatibilityChecker.standard(), settings);
    ContractService c =
        contractService(
            r,
            new SchemaParsers(settings.parseLimits()),
            new JdbiContractStore(jdbi.get(), environment.getObjectMapper()));
    components(r, environment.getObjectMapper()).forEach(environment.jersey()::register);
    environment
        .servlets()
        .addFilter("schema-by-id", new SchemaByIdFastPath(r, environment.getObjectMapper()))
        .addMappingForUrlPatterns(
            EnumSet.of(DispatcherType.REQUEST), true, SchemaByIdFastPath.PATTERN);
    contractComponents(c, environment.getObjectMapper()).forEach(environment.jersey()::register);
    registry = r;
    contracts = c;
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

  /** The contract service on a registry and a catalog store. */
  public static ContractService contractService(
      SchemaRegistry registry, SchemaParsers parsers, JdbiContractStore store) {
    return new ContractService(
        new ContractLoader(),
        registry,
        parsers,
        new ContractChangeChecker(
            new SchemaSources(parsers),
            CompatibilityChecker.standard(),
            new ContractSemanticDiffer(new ContractDiffer())),
        store,
        SubmissionLimits.DEFAULT);
  }

  /** The contract API's resource and exception mapper. */
  public static List<Object> contractComponents(ContractService contracts, ObjectMapper mapper) {
    return List.of(
        new ContractsResource(contracts, mapper, SubmissionLimits.DEFAULT),
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
