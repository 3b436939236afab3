package org.pactum.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.pactum.registry.api.CompatibilityResource;
import org.pactum.registry.api.ConfigResource;
import org.pactum.registry.api.InvalidSchemaExceptionMapper;
import org.pactum.registry.api.JsonBodyExceptionMapper;
import org.pactum.registry.api.ModeResource;
import org.pactum.registry.api.OctetStreamJsonReader;
import org.pactum.registry.api.RegistryExceptionMapper;
import org.pactum.registry.api.SchemasResource;
import org.pactum.registry.api.SubjectsResource;
import org.pactum.registry.api.UnexpectedExceptionMapper;
import org.pactum.registry.api.WebApplicationExceptionMapper;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.store.JdbiRegistryStore;

/**
 * Serves the Confluent-compatible Schema Registry API at the root paths ({@code /subjects}, {@code
 * /schemas}, {@code /config}, {@code /mode}, {@code /compatibility}) on the shared Pactum database.
 * Register it after the database bundle that fills the {@link Jdbi} supplier. Starts no threads.
 */
public final class RegistryBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, RegistryConfig> config;
  private volatile SchemaRegistry registry;

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
    SchemaRegistry r =
        new SchemaRegistry(
            new JdbiRegistryStore(jdbi.get()),
            CompatibilityChecker.standard(),
            (rc == null ? new RegistryConfig() : rc).toSettings());
    components(r, environment.getObjectMapper()).forEach(environment.jersey()::register);
    registry = r;
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
        new JsonBodyExceptionMapper(),
        new WebApplicationExceptionMapper(),
        new UnexpectedExceptionMapper(),
        new OctetStreamJsonReader(mapper));
  }
}
