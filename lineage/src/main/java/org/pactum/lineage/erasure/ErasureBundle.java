package org.pactum.lineage.erasure;

import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.api.ErasureAuditResource;
import org.pactum.lineage.erasure.api.ErasureExceptionMapper;
import org.pactum.lineage.erasure.api.ErasureRequestsResource;
import org.pactum.lineage.erasure.api.ErasureSweepsResource;
import org.pactum.lineage.erasure.core.OverdueListener;
import org.pactum.lineage.erasure.core.PiiLineage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GDPR erasure: the REST API ({@code /api/v1/erasure-requests}, {@code /api/v1/erasure-audit},
 * {@code /api/v1/erasure-sweeps}), request execution, the reconciliation sweep and the overdue
 * check, as managed objects. At start-up, requests a previous process left executing become
 * INTERRUPTED (their clear subject id is gone).
 *
 * <p>The suppliers are resolved lazily, at start or at the first request. The {@link Jdbi} must
 * have the SqlObject plugin installed and the {@code privacy} schema migrated.
 */
public final class ErasureBundle<C extends Configuration> implements ConfiguredBundle<C> {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureBundle.class);

  private final Supplier<Jdbi> jdbi;
  private final Function<C, ErasureConfig> config;
  private final Supplier<Function<String, DataSource>> datasources;
  private final Supplier<? extends Collection<DataContract>> contracts;
  private final Path secretFile;
  private final Supplier<PiiLineage> lineage;
  private final OverdueListener overdue;
  private final Clock clock;

  private volatile ErasureConfig resolvedConfig;
  private volatile ErasureRuntime runtime;

  /**
   * @param jdbi the Pactum store (schema {@code privacy})
   * @param config this bundle's section of the configuration (null: defaults)
   * @param datasources warehouse datasources by name (a name it does not know → null)
   * @param contracts the current contracts (the catalog)
   * @param secretFile where a generated secret is kept when {@code erasure.secret} is empty
   */
  public ErasureBundle(
      Supplier<Jdbi> jdbi,
      Function<C, ErasureConfig> config,
      Supplier<Function<String, DataSource>> datasources,
      Supplier<? extends Collection<DataContract>> contracts,
      Path secretFile) {
    this(
        jdbi,
        config,
        datasources,
        contracts,
        secretFile,
        () -> PiiLineage.NONE,
        r ->
            LOG.atWarn()
                .addKeyValue("event", "erasure_overdue")
                .addKeyValue("request_id", r.requestId())
                .addKeyValue("status", r.status())
                .addKeyValue("due_at", r.dueAt())
                .log("erasure overdue"),
        Clock.systemUTC());
  }

  /**
   * @param lineage derived columns for widening plans (resolved at start)
   * @param overdue told about each overdue request at every overdue check (an alert hook)
   */
  public ErasureBundle(
      Supplier<Jdbi> jdbi,
      Function<C, ErasureConfig> config,
      Supplier<Function<String, DataSource>> datasources,
      Supplier<? extends Collection<DataContract>> contracts,
      Path secretFile,
      Supplier<PiiLineage> lineage,
      OverdueListener overdue,
      Clock clock) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.config = Objects.requireNonNull(config, "config");
    this.datasources = Objects.requireNonNull(datasources, "datasources");
    this.contracts = Objects.requireNonNull(contracts, "contracts");
    this.secretFile = Objects.requireNonNull(secretFile, "secretFile");
    this.lineage = Objects.requireNonNull(lineage, "lineage");
    this.overdue = Objects.requireNonNull(overdue, "overdue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void run(C configuration, Environment environment) {
    ErasureConfig c = config.apply(configuration);
    c = c == null ? new ErasureConfig() : c;
    c.validate();
    resolvedConfig = c;
    components(this::runtime, clock).forEach(environment.jersey()::register);
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void start() {
                runtime().service().recoverInterrupted();
                runtime().scheduler().start();
              }

              @Override
              public void stop() {
                ErasureRuntime r = runtime;
                if (r != null) {
                  r.close();
                }
              }
            });
  }

  /** The API's resources and exception mappers (tests may register them on a test container). */
  public static List<Object> components(Supplier<ErasureRuntime> runtime, Clock clock) {
    return List.of(
        new ErasureRequestsResource(
            () -> runtime.get().service(),
            () -> runtime.get().store(),
            () -> runtime.get().audit(),
            clock),
        new ErasureAuditResource(() -> runtime.get().audit()),
        new ErasureSweepsResource(() -> runtime.get().sweep(), () -> runtime.get().store()),
        new ErasureExceptionMapper());
  }

  /** The running parts, created on first use (after {@link #run}). */
  public ErasureRuntime runtime() {
    ErasureRuntime r = runtime;
    if (r != null) {
      return r;
    }
    synchronized (this) {
      if (runtime == null) {
        ErasureConfig c = resolvedConfig;
        if (c == null) {
          throw new IllegalStateException("the erasure bundle has not run yet");
        }
        runtime =
            new ErasureRuntime(
                Objects.requireNonNull(jdbi.get(), "the Jdbi supplier gave null"),
                c,
                secretFile,
                Objects.requireNonNull(datasources.get(), "the datasources supplier gave null"),
                contracts,
                Objects.requireNonNull(lineage.get(), "the lineage supplier gave null"),
                overdue,
                clock);
      }
      return runtime;
    }
  }
}
