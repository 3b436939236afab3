package org.pactum.server.cli;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.lifecycle.Managed;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.server.PactumContext;
import org.pactum.server.config.ConfigLoader;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.Datasources;
import org.pactum.server.db.ModuleSchemas;
import org.pactum.server.db.PactumDatabase;
import org.pactum.server.db.SchemaMigrator;
import org.pactum.server.db.StartupException;
import org.pactum.streams.run.StreamStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pactum stream run [--contract ID]… [CONFIG]}: the stream validators alone, without the
 * server's HTTP side, on the same database and Kafka cluster as the servers (CONFIG names both):
 * more processes, more throughput — they share the input partitions through the same application
 * ids. Windows are judged and alerted exactly as in the server. Prints each binding's state every
 * {@value #EVERY_SECONDS} seconds; stops on Ctrl-C (or when its thread is interrupted).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the stream validators without the HTTP server, on CONFIG's database and Kafka cluster"
          + " (streams.bootstrapServers): start more of them for more throughput.",
      "Stops on Ctrl-C. Exit 0 when stopped, 2 when it cannot start (no Kafka configured, no"
          + " database)."
    })
final class StreamRunCommand implements Callable<Integer> {
  static final int EVERY_SECONDS = 30;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CONFIG",
      description = "Configuration file (default: the built-in server/config/pactum.yml).")
  String config = PactumSourceProvider.DEFAULT;

  @Option(
      names = "--contract",
      paramLabel = "ID",
      description = "Only this contract's stream (repeatable); default: every bound contract.")
  List<String> contracts = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PactumConfiguration configuration = ConfigLoader.load(config);
    if (!configuration.getStreams().enabled()) {
      err.println("pactum: streams.bootstrapServers is empty: name the Kafka cluster in CONFIG");
      return ExitCodes.INPUT_ERROR;
    }
    if (!contracts.isEmpty()) {
      configuration.getStreams().setContracts(contracts);
    }
    PactumHome home = PactumHome.fromEnvironment(System.getenv());
    PactumDatabase database;
    try {
      database = PactumDatabase.open(configuration.getDatabase(), home);
      if (configuration.isMigrateOnStartup()) {
        new SchemaMigrator(database.connection().simpleDataSource(), ModuleSchemas.ALL).migrate();
      }
    } catch (StartupException e) {
      err.println("pactum: " + e.getMessage());
      return ExitCodes.INPUT_ERROR;
    }
    Datasources datasources =
        Datasources.build(
            configuration.getDatasources(), database.embedded(), new MetricRegistry());
    List<Managed> running = new ArrayList<>();
    try {
      PactumContext context =
          PactumContext.build(
              configuration,
              Jdbi.create(database.connection().simpleDataSource())
                  .installPlugin(new SqlObjectPlugin()),
              datasources,
              configuration.getContracts().getPaths().stream().map(home::resolve).toList(),
              home.resolve(PactumHome.ERASURE_SECRET_FILE),
              home.home(),
              Jackson.newObjectMapper(),
              Clock.systemUTC());
      context.folders().reload();
      running.addAll(context.streams().managed());
      context.erasureEvents().ifPresent(running::add);
      for (Managed m : running) {
        m.start();
      }
      out.println(
          "pactum: validating streams"
              + (contracts.isEmpty() ? "" : " of " + String.join(", ", contracts))
              + " on "
              + configuration.getStreams().getBootstrapServers()
              + "; Ctrl-C stops");
      out.flush();
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(stopped::countDown, "pactum-stream-run-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        while (!stopped.await(EVERY_SECONDS, TimeUnit.SECONDS)) {
          context.streams().validators().ifPresent(v -> print(v.status(), out));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the JVM is stopping: the hook is running
        }
      }
      return ExitCodes.OK;
    } finally {
      for (int i = running.size() - 1; i >= 0; i--) {
        running.get(i).stop();
      }
      datasources.stop();
      database.close();
    }
  }

  private static void print(List<StreamStatus> status, PrintWriter out) {
    for (StreamStatus s : status) {
      out.printf(
          "  %-28s %-8s since %s%s%n",
          s.binding().contractId(),
          s.state(),
          s.since(),
          s.detail() == null ? "" : " — " + s.detail());
    }
    out.flush();
  }
}
