package org.pactum.server;

import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;

/**
 * The whole server for end-to-end tests: the built-in configuration on free ports, its own embedded
 * PostgreSQL data directory, and a contracts folder. Authentication is off ({@code auth.mode:
 * none}) unless a test asks for it with {@link #AUTH_REQUIRED}: the tests that predate it call the
 * API anonymously.
 */
public final class PactumTestServer {
  public static final Path EXAMPLES = Path.of("../contracts/examples").toAbsolutePath().normalize();

  /**
   * Given among the overrides, turns authentication on, as {@code pactum serve} has it by default.
   * (A marker: Dropwizard applies overrides in no set order, so two of one key cannot be given.)
   */
  public static final ConfigOverride AUTH_REQUIRED = ConfigOverride.config("auth.mode", "required");

  private PactumTestServer() {}

  public static DropwizardTestSupport<PactumConfiguration> create(
      Path pgData, Path contracts, ConfigOverride... extra) {
    return create(PactumSourceProvider.DEFAULT, pgData, contracts, extra);
  }

  /** As {@link #create(Path, Path, ConfigOverride...)} from another configuration file. */
  public static DropwizardTestSupport<PactumConfiguration> create(
      String configPath, Path pgData, Path contracts, ConfigOverride... extra) {
    return create(configPath, PactumApplication::logProgress, pgData, contracts, extra);
  }

  /**
   * As {@link #create(String, Path, Path, ConfigOverride...)}, telling {@code console} what the
   * server prints for its user (the demo's progress and its admin token).
   */
  public static DropwizardTestSupport<PactumConfiguration> create(
      String configPath,
      Consumer<String> console,
      Path pgData,
      Path contracts,
      ConfigOverride... extra) {
    List<ConfigOverride> overrides =
        new ArrayList<>(
            List.of(
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("database.url", ""),
                ConfigOverride.config("database.embedded.dataDirectory", pgData.toString()),
                ConfigOverride.config("contracts.paths", contracts.toString()),
                ConfigOverride.config("logging.level", "WARN"),
                // not the generated ~/.pactum/erasure-secret of whoever runs the tests
                ConfigOverride.config("erasure.secret", "pactum-test-erasure-secret")));
    boolean authRequired = Arrays.stream(extra).anyMatch(o -> o == AUTH_REQUIRED);
    // the tests that predate authentication call anonymously
    overrides.add(ConfigOverride.config("auth.mode", authRequired ? "required" : "none"));
    Arrays.stream(extra).filter(o -> o != AUTH_REQUIRED).forEach(overrides::add);
    return new DropwizardTestSupport<>(
        PactumApplication.class,
        configPath,
        new SubstitutingSourceProvider(
            new PactumSourceProvider(), new EnvironmentVariableSubstitutor(false)),
        overrides.toArray(ConfigOverride[]::new)) {
      @Override
      public Application<PactumConfiguration> newApplication() {
        return new PactumApplication(PactumHome.fromEnvironment(Map.of()), port -> {}, console);
      }
    };
  }

  /**
   * A server that requires authentication and signs people in to the UI through {@code oidc}: the
   * UI's client {@code clientId}, API tokens' audience {@code pactum-api}, and the group {@code
   * data-stewards} mapped to the steward role.
   */
  public static DropwizardTestSupport<PactumConfiguration> withOidcSignIn(
      Path pgData, URI issuer, String clientId) {
    return create(
        pgData,
        EXAMPLES,
        AUTH_REQUIRED,
        ConfigOverride.config("auth.oidc.issuer", issuer.toString()),
        ConfigOverride.config("auth.oidc.audience", "pactum-api"),
        ConfigOverride.config("auth.oidc.clientId", clientId),
        ConfigOverride.config("auth.oidc.clientSecret", "test-client-secret"),
        ConfigOverride.config("auth.oidc.groupMappings.data-stewards.role", "steward"));
  }

  /**
   * An API token made directly on the server's store, as an operator's bootstrap is ({@code pactum
   * demo}, {@code pactum db admin-token}): its secret.
   */
  public static String createToken(
      DropwizardTestSupport<PactumConfiguration> app, String name, Role role) {
    return createToken(app, name, role, Set.of());
  }

  /**
   * As {@link #createToken(DropwizardTestSupport, String, Role)}, for a token acting for {@code
   * teams} (a producer's).
   */
  public static String createToken(
      DropwizardTestSupport<PactumConfiguration> app, String name, Role role, Set<TeamName> teams) {
    return new ApiTokens(
            new JdbiTokenStore(((PactumApplication) app.getApplication()).jdbi()),
            Clock.systemUTC(),
            new SecureRandom(),
            ApiTokens.RECHECK,
            1)
        .create(
            Principal.machine("test-bootstrap", Role.ADMIN, Set.of()),
            TokenRequest.of(TokenName.of(name), role, teams, Optional.empty()))
        .secret()
        .reveal();
  }

  /** Copies a folder tree (the examples, say) so a test may edit it. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
