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
import java.util.List;
import java.util.function.IntConsumer;
import org.pactum.contracts.ContractLoader;
import org.pactum.registry.RegistryBundle;
import org.pactum.registry.db.ContractVersionDao;
import org.pactum.server.catalog.ContractCatalog;
import org.pactum.server.config.PactumHome;
import org.pactum.server.config.PactumSourceProvider;
import org.pactum.server.db.PactumDatabaseBundle;
import org.pactum.server.ui.UiResource;

/** The one Dropwizard application: everything is wired here, by hand (DESIGN.md §6). */
public class PactumApplication extends Application<PactumConfiguration> {
  private final PactumHome home;
  private final IntConsumer onServing;
  private final PactumDatabaseBundle database;

  /**
   * @param onServing told the HTTP port once the server is serving (the CLI prints the URL)
   */
  public PactumApplication(PactumHome home, IntConsumer onServing) {
    this.home = home;
    this.onServing = onServing;
    this.database = new PactumDatabaseBundle(home);
  }

  public PactumApplication() {
    this(PactumHome.fromEnvironment(System.getenv()), port -> {});
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
    bootstrap.addBundle(database); // first: module bundles use its Jdbi
    bootstrap.addBundle(new RegistryBundle<>(database::jdbi, PactumConfiguration::getRegistry));
    bootstrap.addBundle(
        new ViewBundle<>(List.of(new FreemarkerViewRenderer(Configuration.VERSION_2_3_34))));
    bootstrap.addBundle(new AssetsBundle("/assets/", "/ui/assets/", null, "ui-assets"));
  }

  @Override
  public void run(PactumConfiguration config, Environment environment) {
    List<Path> contractPaths =
        config.getContracts().getPaths().stream().map(home::resolve).toList();
    ContractCatalog catalog =
        new ContractCatalog(
            new ContractLoader(),
            database.jdbi().onDemand(ContractVersionDao.class),
            contractPaths);
    catalog.reload();

    environment.jersey().register(new UiResource(catalog));
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
