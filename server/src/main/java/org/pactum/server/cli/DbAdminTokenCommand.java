package org.pactum.server.cli;

import io.dropwizard.util.Duration;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.NewToken;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.db.JdbiAuditLedger;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.audit.AuditEntry;
import org.pactum.api.audit.AuditOutcome;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.PactumDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum db admin-token [CONFIG] [--name N] [--expires 1d]}: the first way into a server
 * that requires authentication, for an operator who can reach its database (and so already holds
 * the keys): creates an admin API token directly in the store and prints its secret once. Every
 * later token is made with it through the API. The creation is on the audit trail, as {@value #BY}.
 */
@Command(
    name = "admin-token",
    mixinStandardHelpOptions = true,
    description = {
      "Create an admin API token directly in Pactum's database and print its secret once: the"
          + " first way in to a server that requires authentication. Needs the database the server"
          + " uses (CONFIG's database section, or the embedded one) and its schemas migrated"
          + " (pactum db migrate, or a server start).",
      "Exit 0 when created, 2 when refused (the name is taken, a bad duration, no store)."
    })
final class DbAdminTokenCommand implements Callable<Integer> {
  /** Who the trail says created the token. */
  static final String BY = "cli:db-admin-token";

  /** A bootstrap token is short-lived: lasting ones are made with it through the API. */
  static final Duration MAX_LIFETIME = Duration.days(30);

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "Configuration file (default: the built-in server/config/pactum.yml).")
  String config = PactumSourceProvider.DEFAULT;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The token's name (default: ${DEFAULT-VALUE}).")
  String name = "bootstrap-admin";

  @Option(
      names = "--expires",
      paramLabel = "DURATION",
      description =
          "How long it lasts, e.g. 1d or 12h (default: ${DEFAULT-VALUE}); make lasting tokens"
              + " with it through the API.")
  String expires = "1d";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!TokenName.valid(name)) {
      err.println("pactum: --name: letters, digits, '.', '_', '-' (at most 64), e.g. ops-admin");
      return ExitCodes.INPUT_ERROR;
    }
    var lifetime = Duration.seconds(0).toJavaDuration();
    try {
      lifetime = Duration.parse(expires).toJavaDuration();
    } catch (IllegalArgumentException | ArithmeticException e) {
      // refused below, as a zero duration
    }
    if (lifetime.isNegative()
        || lifetime.isZero()
        || lifetime.compareTo(MAX_LIFETIME.toJavaDuration()) > 0) {
      err.println("pactum: --expires: a duration from 1m to 30d, such as 12h or 1d");
      return ExitCodes.INPUT_ERROR;
    }
    Optional<PactumDatabase> opened = DbCommand.open(config, err::println);
    if (opened.isEmpty()) {
      return ExitCodes.INPUT_ERROR;
    }
    PactumDatabase database = opened.get();
    try {
      Jdbi jdbi =
          Jdbi.create(database.connection().simpleDataSource())
              .installPlugin(new SqlObjectPlugin());
      Clock clock = Clock.systemUTC();
      ApiTokens tokens =
          new ApiTokens(new JdbiTokenStore(jdbi), clock, new SecureRandom(), ApiTokens.RECHECK, 1);
      Principal operator = Principal.machine(BY, Role.ADMIN, Set.of());
      Instant now = clock.instant();
      NewToken created;
      try {
        created =
            tokens.create(
                operator,
                TokenRequest.of(
                    TokenName.of(name), Role.ADMIN, Set.of(), Optional.of(now.plus(lifetime))));
      } catch (AccessException e) {
        err.println("pactum: " + CliText.printable(e.getMessage()));
        return ExitCodes.INPUT_ERROR;
      }
      new JdbiAuditLedger(jdbi)
          .append(
              new AuditEntry(
                  now,
                  BY,
                  Role.ADMIN.wireName(),
                  "CREATE admin API token (pactum db admin-token)",
                  "access.api_token/" + name,
                  201,
                  AuditOutcome.ACCEPTED,
                  "local",
                  "-"));
      out.println(
          "created the admin API token "
              + name
              + ", valid until "
              + created.token().expiresAt().orElseThrow()
              + "; its secret, shown this once (only its hash is stored):");
      out.println();
      out.println("  export PACTUM_TOKEN=" + created.secret().reveal());
      out.println();
      out.println(
          "Create lasting tokens with it (pactum token create --name … --role …), then revoke it:"
              + " pactum token revoke "
              + name);
      out.flush();
      return ExitCodes.OK;
    } catch (RuntimeException e) {
      err.println(
          "pactum: the store could not be written ("
              + e.getClass().getSimpleName()
              + "); is it migrated? run: pactum db migrate");
      return ExitCodes.INPUT_ERROR;
    } finally {
      database.close();
    }
  }
}
