package org.pactum.server.cli;

import java.util.concurrent.Callable;
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
      PactumConfiguration configuration = ConfigLoader.load(config);
      PactumDatabase database;
      try {
        database =
            PactumDatabase.open(
                configuration.getDatabase(), PactumHome.fromEnvironment(System.getenv()));
      } catch (StartupException e) {
        System.err.println("pactum: " + e.getMessage());
        return ExitCodes.INPUT_ERROR;
      }
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
