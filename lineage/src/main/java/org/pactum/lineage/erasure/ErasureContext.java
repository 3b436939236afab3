package org.pactum.lineage.erasure;

import io.dropwizard.lifecycle.Managed;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.contracts.model.DataContract;
import org.pactum.lineage.erasure.api.ErasureAuditResource;
import org.pactum.lineage.erasure.api.ErasureExceptionMapper;
import org.pactum.lineage.erasure.api.ErasureRequestsResource;
import org.pactum.lineage.erasure.api.ErasureSweepsResource;
import org.pactum.lineage.erasure.core.AuditLog;
import org.pactum.lineage.erasure.core.DatasetEraser;
import org.pactum.lineage.erasure.core.ErasureExecutor;
import org.pactum.lineage.erasure.core.ErasurePlanner;
import org.pactum.lineage.erasure.core.ErasureScheduler;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.lineage.erasure.core.ErasureStore;
import org.pactum.lineage.erasure.core.OverdueListener;
import org.pactum.lineage.erasure.core.PiiLineage;
import org.pactum.lineage.erasure.core.ReconciliationSweep;
import org.pactum.lineage.erasure.core.RetryPolicy;
import org.pactum.lineage.erasure.core.SecretFile;
import org.pactum.lineage.erasure.core.SubjectHasher;
import org.pactum.lineage.erasure.db.JdbiAuditLog;
import org.pactum.lineage.erasure.db.JdbiErasureStore;
import org.pactum.lineage.erasure.warehouse.ErasureWarehouses;

/**
 * The erasure module's object graph, built by hand top to bottom: the secret and the stores → the
 * warehouses and the executor → the service, the reconciliation sweep and the scheduler → the API's
 * resources. The server builds one in its wiring; {@link ErasureBundle#manage} runs its background
 * work (which first marks requests a previous process left executing INTERRUPTED).
 */
public final class ErasureContext implements AutoCloseable {
  private final ErasureStore store;
  private final SubjectHasher hasher;
  private final AuditLog audit;
  private final ErasureService service;
  private final ReconciliationSweep sweep;
  private final ErasureScheduler scheduler;
  private final Clock clock;

  /**
   * @param jdbi the Pactum store (schema {@code privacy}, migrated), SqlObject plugin installed
   * @param secretFile where the generated secret is kept when none is configured
   */
  public ErasureContext(
      Jdbi jdbi,
      ErasureConfig config,
      Path secretFile,
      Function<String, DataSource> datasources,
      Supplier<? extends Collection<DataContract>> contracts,
      PiiLineage lineage,
      OverdueListener overdue,
      Clock clock) {
    config.validate();
    SubjectHasher hasher = new SubjectHasher(SecretFile.load(config.getSecret(), secretFile));
    this.hasher = hasher;
    this.store = new JdbiErasureStore(jdbi);
    this.audit = new JdbiAuditLog(jdbi, clock);
    ErasureWarehouses warehouses =
        new ErasureWarehouses(datasources, config.getStatementTimeout().toJavaDuration());
    ErasureExecutor executor =
        new ErasureExecutor(
            store,
            audit,
            warehouses,
            new DatasetEraser(),
            new RetryPolicy(config.getMaxAttempts(), config.getRetryBackoff().toJavaDuration()),
            clock);
    this.service =
        new ErasureService(
            store,
            audit,
            new ErasurePlanner(contracts, lineage),
            executor,
            hasher,
            config.getDueAfter().toJavaDuration(),
            config.getExecutionThreads(),
            clock);
    this.clock = clock;
    this.sweep = new ReconciliationSweep(store, audit, warehouses, hasher, clock);
    this.scheduler =
        new ErasureScheduler(
            sweep,
            service,
            overdue,
            config.getSweepInterval().toJavaDuration(),
            config.getOverdueCheckInterval().toJavaDuration());
  }

  public ErasureStore store() {
    return store;
  }

  /** Subject ids as the suppression list holds them (HMACs with the erasure secret). */
  public SubjectHasher hasher() {
    return hasher;
  }

  public AuditLog audit() {
    return audit;
  }

  public ErasureService service() {
    return service;
  }

  public ReconciliationSweep sweep() {
    return sweep;
  }

  public ErasureScheduler scheduler() {
    return scheduler;
  }

  /** The API's resources and exception mapper, each given the services it uses. */
  public List<Object> resources() {
    return List.of(
        new ErasureRequestsResource(service, store, audit, clock),
        new ErasureAuditResource(audit),
        new ErasureSweepsResource(sweep, store),
        new ErasureExceptionMapper());
  }

  /**
   * What runs with the server: at start, requests a previous process left executing become
   * INTERRUPTED (their clear subject id is gone), then the schedule starts; at stop, {@link
   * #close}.
   */
  public Managed managed() {
    return new Managed() {
      @Override
      public void start() {
        service.recoverInterrupted();
        scheduler.start();
      }

      @Override
      public void stop() {
        close();
      }
    };
  }

  /** Stops the schedule, then execution (running requests end INTERRUPTED or as they stand). */
  @Override
  public void close() {
    scheduler.close();
    service.close();
  }
}
