package org.pactum.lineage;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.LineageService;

/**
 * The lineage module: the REST API under {@code /api/v1/lineage} (OpenLineage ingestion, SQL
 * lineage, graph walks, PII findings, impact analysis), built as a {@link LineageContext} when the
 * bundle runs: the suppliers are resolved then (the database and registry bundles run before this
 * one). An adapter until the server builds the {@link LineageContext} itself. The {@link Jdbi} must
 * have the SqlObject plugin installed and the database must be migrated ({@code db/lineage}).
 */
public final class LineageBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, LineageConfig> config;
  private final Supplier<ContractLookup> contracts;
  private final Clock clock;

  private volatile LineageContext context;

  /**
   * @param jdbi the Pactum store (schema {@code lineage})
   * @param config this bundle's section of the configuration (null: defaults)
   * @param contracts the contract catalog (schemas, PII tags, owners)
   */
  public LineageBundle(
      Supplier<Jdbi> jdbi, Function<C, LineageConfig> config, Supplier<ContractLookup> contracts) {
    this(jdbi, config, contracts, Clock.systemUTC());
  }

  LineageBundle(
      Supplier<Jdbi> jdbi,
      Function<C, LineageConfig> config,
      Supplier<ContractLookup> contracts,
      Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
    this.contracts = Objects.requireNonNull(contracts, "contracts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void run(C configuration, Environment environment) {
    LineageConfig c = config.apply(configuration);
    c = c == null ? new LineageConfig() : c;
    c.toSettings(); // fail at start-up on a bad setting
    LineageContext built =
        new LineageContext(
            Objects.requireNonNull(jdbi.get(), "the Jdbi supplier gave null"),
            c,
            Objects.requireNonNull(contracts.get(), "the contracts supplier gave null"),
            clock);
    context = built;
    built.resources().forEach(environment.jersey()::register);
  }

  /** The lineage service, for the server's wiring (CLI, demo, erasure planning). */
  public LineageService service() {
    LineageContext c = context;
    if (c == null) {
      throw new IllegalStateException("the lineage bundle has not run yet");
    }
    return c.service();
  }
}
