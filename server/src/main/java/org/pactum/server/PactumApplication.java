package org.pactum.server;

import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import io.dropwizard.util.Duration;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.eclipse.jetty.server.Server;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.AlertsBundle;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.checks.ChecksBundle;
import org.pactum.lineage.erasure.ErasureBundle;
import org.pactum.registry.api.SchemaByIdFastPath;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.PactumDatabaseBundle;
import org.pactum.server.demo.DemoAdminToken;
import org.pactum.server.demo.DemoKafka;
import org.pactum.server.demo.DemoOrderStream;
import org.pactum.server.demo.DemoStart;
import org.pactum.streams.core.Binding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Dropwizard application. {@link #run} builds the whole object graph in one place ({@link
 * PactumContext#build}, top to bottom), registers its resources, and hands each module's background
 * work to its bundle; the bundles only check their configuration sections at start-up and manage
 * lifecycles and health checks (DESIGN.md §2).
 */
public class PactumApplication extends Application<PactumConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(PactumApplication.class);

  private final PactumHome home;

  private final IntConsumer onServing;
  private final Consumer<String> console;
  private final boolean renewDemoToken;
  private final Clock clock = Clock.systemUTC();
  private final PactumDatabaseBundle database;
  private final ChecksBundle<PactumConfiguration> checks =
      new ChecksBundle<>(PactumConfiguration::getChecks);
  private final AlertsBundle<PactumConfiguration> alerts =
      new AlertsBundle<>(PactumConfiguration::getAlerts);
  private final ErasureBundle<PactumConfiguration> erasure =
      new ErasureBundle<>(PactumConfiguration::getErasure);

  /**
   * @param onServing told the HTTP port once the server is serving (the CLI prints the URL)
   * @param console where progress of long start-up jobs goes (the demo's replay)
   */
  public PactumApplication(PactumHome home, IntConsumer onServing, Consumer<String> console) {
    this(home, onServing, console, false);
  }

  /**
   * @param renewDemoToken the demo revokes its admin token and prints a new one ({@code pactum demo
   *     --new-token})
   */
  public PactumApplication(
      PactumHome home, IntConsumer onServing, Consumer<String> console, boolean renewDemoToken) {
    this.home = home;
    this.onServing = onServing;
    this.console = console;
    this.renewDemoToken = renewDemoToken;
    this.database = new PactumDatabaseBundle(home);
  }

  public PactumApplication(PactumHome home, IntConsumer onServing) {
    this(home, onServing, PactumApplication::logProgress);
  }

  /** The console of a server started without one: each line is logged as progress. */
  static void logProgress(String line) {
    LOG.atInfo().addKeyValue("event", "progress").log(line);
  }

  public PactumApplication() {
    this(PactumHome.fromEnvironment(System.getenv()), port -> {});
  }

  /** Pactum's own store, once the database bundle has run (for tests that inspect it). */
  public Jdbi jdbi() {
    return database.jdbi();
  }

  @Override
  public String getName() {
    return "pactum";
  }

  @Override
  protected void addDefaultCommands(Bootstrap<PactumConfiguration> bootstrap) {
    bootstrap.addCommand(new PactumServerCommand(this));
    bootstrap.addCommand(new CheckCommand<>(this));
  }

  @Override
  public void initialize(Bootstrap<PactumConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            new PactumSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    bootstrap.addBundle(new EdgeBundle<>(PactumConfiguration::getEdge));
    bootstrap.addBundle(database); // opens the store and migrates it before anything is built
    bootstrap.addBundle(checks);
    bootstrap.addBundle(alerts);
    bootstrap.addBundle(erasure);
    bootstrap.addBundle(new UiViews());
    bootstrap.addBundle(new AssetsBundle("/assets/", "/ui/assets/", null, "ui-assets"));
  }

  @Override
  public void run(PactumConfiguration config, Environment environment) {
    Optional<DemoKafka> demoKafka = Optional.empty();
    if (config.isDemo() && !config.getStreams().enabled()) {
      // the demo's own Kafka node, before the validators are built around its address
      DemoKafka kafka = DemoKafka.open();
      environment.lifecycle().manage(kafka); // first registered, last stopped
      config.getStreams().setBootstrapServers(kafka.bootstrapServers());
      config.getStreams().setStateDirectory(kafka.stateDirectory());
      // short windows, so the stream page fills in seconds
      config.getStreams().setWindow(Duration.seconds(DemoOrderStream.WINDOW_SECONDS));
      config.getStreams().setGrace(Duration.seconds(2));
      config.getStreams().setReconcileInterval(Duration.seconds(2));
      demoKafka = Optional.of(kafka);
    }
    PactumContext context =
        PactumContext.build(
            config,
            database.jdbi(),
            database.datasources(),
            config.getContracts().getPaths().stream().map(home::resolve).toList(),
            home.resolve(PactumHome.ERASURE_SECRET_FILE),
            home.home(),
            environment.getObjectMapper(),
            clock);

    // the edge decides who asks (authentication), what they may do (the role matrix, one rule per
    // resource method) and records every write they attempt (the audit trail)
    environment.jersey().register(context.authenticationFilter());
    Authorization.providers().forEach(environment.jersey()::register);
    environment.jersey().register(context.access().auditFilter());
    context.resources().forEach(environment.jersey()::register);
    environment
        .servlets()
        .addFilter(
            "schema-by-id", context.registry().schemaByIdFastPath(context.access().readGate()))
        .addMappingForUrlPatterns(
            EnumSet.of(DispatcherType.REQUEST), true, SchemaByIdFastPath.PATTERN);
    alerts.manage(context.alerts(), environment);
    checks.manage(context.checks(), environment);
    erasure.manage(context.erasure(), environment);
    context.streams().managed().forEach(environment.lifecycle()::manage);
    context.erasureEvents().ifPresent(environment.lifecycle()::manage);

    context.folders().reload();
    if (config.isDemo()) {
      new DemoStart(database.jdbi(), demoWarehouse(), database.datasources(), console)
          .run(
              context.checks().contracts(),
              context.runAlerts(),
              context.alerts().reads(),
              context.erasure(),
              context.lineage().service());
      if (demoKafka.isPresent()) {
        startDemoStream(config, context, environment);
      }
      // last, so the token is printed next to the URL
      new DemoAdminToken(context.access().tokens(), console, clock)
          .run(context.access().settings().mode(), renewDemoToken);
    }
    environment
        .lifecycle()
        .addServerLifecycleListener(
            new ServerLifecycleListener() {
              @Override
              public void serverStarted(Server server) {
                onServing.accept(getLocalPort(server));
              }
            });
  }

  /**
   * The demo's checkout service producing orders to the orders contract's input topic, started
   * after the validators (registered after them).
   */
  private void startDemoStream(
      PactumConfiguration config, PactumContext context, Environment environment) {
    context
        .registry()
        .catalog()
        .find(DemoOrderStream.CONTRACT)
        .flatMap(
            c ->
                Binding.of(c.loaded().contract())
                    .map(
                        b ->
                            new DemoOrderStream(
                                config.getStreams().getBootstrapServers(),
                                b,
                                c.loaded().schema().text(),
                                context.registry().registry(),
                                console)))
        .ifPresent(
            stream -> {
              stream.createInputTopic();
              environment.lifecycle().manage(stream);
            });
  }

  private DataSource demoWarehouse() {
    return database
        .embedded()
        .orElseThrow(() -> new IllegalStateException("the demo needs the embedded database"))
        .connection(DemoStart.DATASOURCE)
        .simpleDataSource();
  }
}
