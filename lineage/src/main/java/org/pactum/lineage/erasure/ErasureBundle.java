package org.pactum.lineage.erasure;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.util.Objects;
import java.util.function.Function;

/**
 * GDPR erasure's part of the Dropwizard lifecycle. {@link #run} checks the {@code erasure:} section
 * (a bad setting fails start-up, naming the field); {@link #manage} runs a built {@link
 * ErasureContext}'s recovery, request execution, reconciliation sweep and overdue check as a
 * managed object. The {@code privacy} schema's migrations run with the others in the server's
 * database bundle.
 */
public final class ErasureBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Function<C, ErasureConfig> config;

  /**
   * @param config this bundle's section of the configuration (null: defaults)
   */
  public ErasureBundle(Function<C, ErasureConfig> config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public void run(C configuration, Environment environment) {
    config(configuration).validate();
  }

  /** The section, or the defaults when it is absent. */
  public ErasureConfig config(C configuration) {
    ErasureConfig c = config.apply(configuration);
    return c == null ? new ErasureConfig() : c;
  }

  /** Runs the context's background work with the server. */
  public void manage(ErasureContext context, Environment environment) {
    environment.lifecycle().manage(context.managed());
  }
}
