package org.pactum.lineage.erasure;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.pactum.contracts.model.DataContract;
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

/** The erasure module's running parts, wired by hand. {@link ErasureBundle} creates one. */
public final class ErasureRuntime implements AutoCloseable {
  private final ErasureStore store;
  private final AuditLog audit;
  private final ErasureService service;
  private final ReconciliationSweep sweep;
  private final ErasureScheduler scheduler;

  /**
   * @param jdbi the Pactum store (schema {@code privacy}, migrated), SqlObject plugin installed
   * @param secretFile where the generated secret is kept when none is configured
   */
  public ErasureRuntime(
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

  /** Stops the schedule, then execution (running requests end INTERRUPTED or as they stand). */
  @Override
  public void close() {
    scheduler.close();
    service.close();
  }
}
