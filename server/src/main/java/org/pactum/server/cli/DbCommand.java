package org.pactum.server.cli;

import io.dropwizard.configuration.ConfigurationException;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.pactum.server.config.ConfigLoader;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.ModuleSchemas;
import org.pactum.server.db.PactumDatabase;
import org.pactum.server.db.SchemaMigrator;
import org.pactum.server.db.StartupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pactum db …}: Pactum's own store. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Pactum's own database.",
    subcommands = {DbCommand.Migrate.class, DbAdminTokenCommand.class})
final class DbCommand {
  /**
   * Pactum's own store as the configuration file names it (starting the embedded PostgreSQL when no
   * URL is set); empty, with the reason told to {@code err}, when it cannot be opened.
   */
  static Optional<PactumDatabase> open(String config, Consumer<String> err)
      throws IOException, ConfigurationException {
    PactumConfiguration configuration = ConfigLoader.load(config);
    try {
      return Optional.of(
          PactumDatabase.open(
              configuration.getDatabase(), PactumHome.fromEnvironment(System.getenv())));
    } catch (StartupException e) {
      err.accept("pactum: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code pactum db migrate [CONFIG]}. */
  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description = "Apply every module schema's migrations, then exit.")
  static final class Migrate implements Callable<Integer> {
    @Parameters(
        index = "0",
        arity = "0..1",
        paramLabel = "CONFIG",
        description = "Configuration file (default: the built-in server/config/pactum.yml).")
    String config = PactumSourceProvider.DEFAULT;

    @Override
    public Integer call() throws Exception {
      Optional<PactumDatabase> opened = open(config, System.err::println);
      if (opened.isEmpty()) {
        return ExitCodes.INPUT_ERROR;
      }
      PactumDatabase database = opened.get();
      try {
        System.out.println("Migrating " + database.connection().url());
        for (SchemaMigrator.SchemaResult r :
            new SchemaMigrator(database.connection().simpleDataSource(), ModuleSchemas.ALL)
                .migrate()) {
          System.out.printf(
              "  %-10s %d migration(s) applied, now at version %s%n",
              r.schema(), r.applied(), r.toVersion());
        }
        return ExitCodes.OK;
      } catch (StartupException e) {
        System.err.println("pactum: " + e.getMessage());
        return ExitCodes.PROBLEMS;
      } finally {
        database.close();
      }
    }
  }
}
