package org.pactum.server;

import freemarker.template.Configuration;
import io.dropwizard.assets.AssetsBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.cli.CheckCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.ServerLifecycleListener;
import io.dropwizard.views.common.ViewBundle;
import io.dropwizard.views.freemarker.FreemarkerViewRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Jdbi;
import org.pactum.alerts.AlertsBundle;
import org.pactum.alerts.AlertsContext;
import org.pactum.alerts.core.AlertsReadModel;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.checks.ChecksBundle;
import org.pactum.checks.core.CheckedContract;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.Status;
import org.pactum.checks.db.JdbiCheckStore;
import org.pactum.checks.run.RunResult;
import org.pactum.contracts.ContractLoader;
import org.pactum.lineage.LineageBundle;
import org.pactum.lineage.erasure.ErasureBundle;
import org.pactum.registry.RegistryBundle;
import org.pactum.server.alerts.CheckRunSignals;
import org.pactum.server.catalog.CatalogContractSource;
import org.pactum.server.catalog.ContractFolders;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.PactumDatabaseBundle;
import org.pactum.server.demo.DemoErasure;
import org.pactum.server.demo.DemoLineage;
import org.pactum.server.demo.DemoReplay;
import org.pactum.server.demo.DemoWarehouse;
import org.pactum.server.privacy.ErasureOverdueSignals;
import org.pactum.server.privacy.GraphPiiLineage;
import org.pactum.server.ui.ContractHistoryUiResource;
import org.pactum.server.ui.ContractLineage;
import org.pactum.server.ui.ErasuresUiResource;
import org.pactum.server.ui.IncidentsUiResource;
import org.pactum.server.ui.LineageUiResource;
import org.pactum.server.ui.UiResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one Dropwizard application: everything is wired here, by hand (DESIGN.md §6). */
public class PactumApplication extends Application<PactumConfiguration> {
  private static final Logger LOG = LoggerFactory.getLogger(PactumApplication.class);

  /** Where the generated erasure secret is kept when {@code erasure.secret} is empty. */
  static final String ERASURE_SECRET_FILE = "~/.pactum/erasure-secret";

  private final PactumHome home;
  private final IntConsumer onServing;
  private final Consumer<String> console;
  private final PactumDatabaseBundle database;
  private final RegistryBundle<PactumConfiguration> registry;
  private final ChecksBundle<PactumConfiguration> checks;
  private final AlertsBundle<PactumConfiguration> alerts;
  private final LineageBundle<PactumConfiguration> lineage;
  private final ErasureBundle<PactumConfiguration> erasure;
  private volatile ErasureOverdueSignals overdueSignals;

  /**
   * @param onServing told the HTTP port once the server is serving (the CLI prints the URL)
   * @param console where progress of long start-up jobs goes (the demo's replay)
   */
  public PactumApplication(PactumHome home, IntConsumer onServing, Consumer<String> console) {
    this.home = home;
    this.onServing = onServing;
    this.console = console;
    this.database = new PactumDatabaseBundle(home);
    // a contract deleted for good takes its quality history along, in the same transaction
    this.registry =
        new RegistryBundle<>(
            database::jdbi,
            PactumConfiguration::getRegistry,
            id -> new JdbiCheckStore(database.jdbi()).forgetContract(id));
    this.checks =
        new ChecksBundle<>(
            database::jdbi,
            PactumConfiguration::getChecks,
            database::datasources,
            () -> new CatalogContractSource(registry.catalog()));
    this.alerts = new AlertsBundle<>(PactumConfiguration::getAlerts);
    this.lineage =
        new LineageBundle<>(
            database::jdbi,
            PactumConfiguration::getLineage,
            () -> ContractLineage.lookup(registry.catalog()));
    this.erasure =
        new ErasureBundle<>(
            database::jdbi,
            PactumConfiguration::getErasure,
            database::datasources,
            // erasure plans cover the contracts in force: active and deprecated
            () -> registry.catalog().checked().stream().map(c -> c.loaded().contract()).toList(),
            home.resolve(ERASURE_SECRET_FILE),
            () -> new GraphPiiLineage(lineage.service()),
            request -> {
              ErasureOverdueSignals signals = overdueSignals;
              if (signals != null) { // set in run(), before the overdue sweep starts
                signals.overdue(request);
              }
            },
            Clock.systemUTC());
  }

  public PactumApplication(PactumHome home, IntConsumer onServing) {
    this(home, onServing, line -> LOG.atInfo().addKeyValue("event", "progress").log(line));
  }

  public PactumApplication() {
    this(PactumHome.fromEnvironment(System.getenv()), port -> {});
  }

  /** Pactum's own store, once the database bundle has run (for tests that inspect it). */
  public Jdbi jdbi() {
    return database.jdbi();
  }

  private void replayDemo(
      ContractSource contracts, Consumer<RunResult> onRun, AlertsReadModel alertReads) {
    String datasource = "warehouse";
    console.accept(
        "Loading the demo warehouse: "
            + DemoReplay.DAYS
            + " daily loads, each checked as it lands (the last one is broken)…");
    Map<String, RunResult> today =
        new DemoReplay(
                new DemoWarehouse(
                    Jdbi.create(
                        database
                            .embedded()
                            .orElseThrow(
                                () ->
                                    new IllegalStateException(
                                        "the demo needs the embedded database"))
                            .connection(datasource)
                            .simpleDataSource())),
                new JdbiCheckStore(database.jdbi()),
                database.datasources(),
                Clock.systemUTC())
            .replay(
                contracts.all().stream().filter(CheckedContract::checked).toList(),
                datasource,
                console,
                onRun);
    today.forEach(
        (contract, result) ->
            console.accept(
                String.format(
                    "  today %-22s %-5s %s",
                    contract,
                    result.status(),
                    result.results().stream()
                        .filter(o -> o.status() != Status.PASS)
                        .map(o -> o.checkName() + "=" + o.status())
                        .toList())));
    int open = alertReads.openIncidents().size();
    console.accept("  open incidents: " + open + " (GET /api/v1/incidents?state=open)");
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
    bootstrap.addBundle(database); // module bundles use its Jdbi
    bootstrap.addBundle(registry);
    bootstrap.addBundle(checks);
    bootstrap.addBundle(alerts);
    bootstrap.addBundle(lineage);
    bootstrap.addBundle(erasure);
    bootstrap.addBundle(
        new ViewBundle<>(List.of(new FreemarkerViewRenderer(Configuration.VERSION_2_3_34))));
    bootstrap.addBundle(new AssetsBundle("/assets/", "/ui/assets/", null, "ui-assets"));
  }

  @Override
  public void run(PactumConfiguration config, Environment environment) {
    List<Path> contractPaths =
        config.getContracts().getPaths().stream().map(home::resolve).toList();
    // the folders are one more publisher into the one catalog; every consumer reads the catalog
    ContractFolders folders =
        new ContractFolders(
            new ContractLoader(), registry.contracts(), registry.lifecycle(), contractPaths);
    folders.reload();
    ContractSource contracts = checks.runtime().contracts(); // the catalog, as the engine reads it
    AlertsContext alertsContext =
        AlertsContext.build(database.jdbi(), config.getAlerts(), Clock.systemUTC());
    alerts.manage(alertsContext, environment);
    alertsContext.resources().forEach(environment.jersey()::register);
    CheckRunSignals signals = new CheckRunSignals(contracts, config.getAlerts().publicUrl);
    Consumer<RunResult> raiseAlerts = result -> alertsContext.router().accept(signals.of(result));
    checks.onRunFinished(raiseAlerts);
    overdueSignals =
        new ErasureOverdueSignals(
            alertsContext.router()::accept, config.getAlerts().publicUrl, Clock.systemUTC());
    if (config.isDemo()) {
      replayDemo(contracts, raiseAlerts, alertsContext.reads());
      // the demo erasure before the demo lineage: with the lineage recorded, later requests also
      // list the transforms' copies of customer data (no contract declares them) as plan gaps
      new DemoErasure(erasure.runtime(), console).run();
      new DemoLineage(lineage.service()).record(console);
    }

    ContractLineage contractLineage = new ContractLineage(registry.catalog(), lineage::service);
    ContractHistoryUiResource contractHistory = new ContractHistoryUiResource(registry.contracts());
    environment
        .jersey()
        .register(
            new UiResource(
                registry.catalog(),
                folders::lastLoad,
                () -> checks.runtime().history(),
                contractLineage,
                contractHistory::versionsOf));
    environment.jersey().register(contractHistory);
    environment
        .jersey()
        .register(
            new IncidentsUiResource(registry.catalog(), alertsContext.reads(), Clock.systemUTC()));
    environment.jersey().register(new LineageUiResource(contractLineage));
    environment.jersey().register(new ErasuresUiResource(erasure::runtime, Clock.systemUTC()));
    environment
        .lifecycle()
        .addServerLifecycleListener(
            new ServerLifecycleListener() {
              @Override
              public void serverStarted(org.eclipse.jetty.server.Server server) {
                onServing.accept(getLocalPort(server));
              }
            });
  }
}
