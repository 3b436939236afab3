package org.pactum.lineage;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.api.LineageExceptionMapper;
import org.pactum.lineage.api.LineageResource;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.LineageService;

/**
 * The lineage module: the REST API under {@code /api/v1/lineage} (OpenLineage ingestion, SQL
 * lineage, graph walks, PII findings, impact analysis). The suppliers are resolved at the first
 * request or {@link #service()} call, so the server may fill them in later. The {@link Jdbi} must
 * have the SqlObject plugin installed and the database must be migrated ({@code db/lineage}).
 */
public final class LineageBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private final Supplier<Jdbi> jdbi;
  private final Function<C, LineageConfig> config;
  private final Supplier<ContractLookup> contracts;
  private final Clock clock;

  private volatile LineageConfig resolvedConfig;
  private volatile LineageRuntime runtime;

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
    resolvedConfig = c;
    components(this::runtime).forEach(environment.jersey()::register);
  }

  /** The API's resources and exception mappers (tests may register them on a test container). */
  public static List<Object> components(Supplier<LineageRuntime> runtime) {
    return List.of(
        new LineageResource(() -> runtime.get().service(), () -> runtime.get().parser()),
        new LineageExceptionMapper());
  }

  /** The running parts, created on first use (after {@link #run}). */
  public LineageRuntime runtime() {
    LineageRuntime r = runtime;
    if (r != null) {
      return r;
    }
    synchronized (this) {
      if (runtime == null) {
        LineageConfig c = resolvedConfig;
        if (c == null) {
          throw new IllegalStateException("the lineage bundle has not run yet");
        }
        runtime =
            new LineageRuntime(
                Objects.requireNonNull(jdbi.get(), "the Jdbi supplier gave null"),
                c,
                Objects.requireNonNull(contracts.get(), "the contracts supplier gave null"),
                clock);
      }
      return runtime;
    }
  }

  /** The lineage service, for the server's wiring (CLI, demo, erasure planning). */
  public LineageService service() {
    return runtime().service();
  }
}
