package org.pactum.api;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.util.Objects;
import java.util.function.Function;
import org.pactum.api.browser.BrowserSafety;

/**
 * Installs the one HTTP edge in front of every module's API: the generic exception mappers, request
 * ids, the input rules and limits, and the browser-safety filters. Register it before the module
 * bundles.
 */
public final class EdgeBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Function<C, EdgeConfig> config;

  /**
   * @param config this bundle's section of the application's configuration (null: defaults)
   */
  public EdgeBundle(Function<C, EdgeConfig> config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    EdgeConfig ec = config.apply(configuration);
    EdgeSettings settings = (ec == null ? new EdgeConfig() : ec).toSettings();
    install(settings, environment);
  }

  static void install(EdgeSettings settings, Environment environment) {
    Objects.requireNonNull(settings, "settings");
    BrowserSafety.install(settings.browser(), environment);
  }
}
