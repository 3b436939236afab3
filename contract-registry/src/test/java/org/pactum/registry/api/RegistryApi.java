package org.pactum.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.api.auth.filter.AttemptLimits;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.registry.RegistryContext;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.RegistrySettings;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SubjectTeams;
import org.pactum.registry.core.contract.Ownership;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.TestDatabase;

/**
 * The registry's API on Dropwizard's resource test container, backed by the real store on the test
 * class's embedded PostgreSQL database. One per test class.
 */
final class RegistryApi {
  static final MediaType V1 = MediaType.valueOf(RegistryMediaTypes.V1_JSON);

  private final DeferredStore store = new DeferredStore();
  final SchemaRegistry registry;
  final ResourceExtension resources;
  Jdbi jdbi;

  RegistryApi(RegistrySettings settings) {
    ObjectMapper mapper = Jackson.newObjectMapper();
    registry = new SchemaRegistry(store, CompatibilityChecker.standard(), settings);
    ResourceExtension.Builder b =
        ResourceExtension.builder().setMapper(mapper).setRegisterDefaultExceptionMappers(false);
    EdgeBundle.providers().forEach(b::addProvider);
    // as `auth.mode: none` runs: every request as the unauthenticated administrator
    b.addProvider(
        new AuthenticationFilter(
            AuthMode.NONE,
            List.of(),
            new FailedAttempts(
                new AttemptLimits(1000, Duration.ofMinutes(1), 100), Clock.systemUTC()),
            PublicPaths.none()));
    RegistryContext.schemaResources(
            registry, new Ownership(id -> Optional.empty(), SubjectTeams.none()), mapper)
        .forEach(b::addResource);
    resources = b.build();
  }

  RegistryApi() {
    this(RegistrySettings.DEFAULTS);
  }

  /** Attaches the test class's database; call from {@code @BeforeAll}. */
  void connect(TestDatabase db) {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    store.attach(new JdbiRegistryStore(jdbi));
  }

  /** A target for {@code /path?key=value&…}; the query goes into query parameters. */
  WebTarget target(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    WebTarget t = resources.target(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q));
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        t = t.queryParam(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return t;
  }

  Response get(String path) {
    return target(path).request(V1).get();
  }

  Response post(String path, String json) {
    return target(path).request(V1).post(Entity.entity(json, V1));
  }

  Response put(String path, String json) {
    return target(path).request(V1).put(Entity.entity(json, V1));
  }

  Response delete(String path) {
    return target(path).request(V1).delete();
  }

  /** A row count of a registry table, to prove the store unchanged. */
  long count(String table) {
    return jdbi.withHandle(
        h -> h.createQuery("select count(*) from registry." + table).mapTo(Long.class).one());
  }

  /** The request body for registering {@code schema} (a JSON-escaped string). */
  static String body(String schema) {
    return "{\"schema\":" + quote(schema) + "}";
  }

  static String quote(String s) {
    try {
      return Jackson.newObjectMapper().writeValueAsString(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
