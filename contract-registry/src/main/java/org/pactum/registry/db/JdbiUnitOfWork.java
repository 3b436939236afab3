package org.pactum.registry.db;

import java.util.Objects;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.pactum.registry.core.UnitOfWork;

/**
 * {@link UnitOfWork} on a {@link Jdbi}: the work runs inside {@code jdbi.inTransaction}, and Jdbi
 * hands the transaction's handle to every {@code withHandle}, {@code inTransaction} and on-demand
 * DAO call made on the same {@link Jdbi} from this thread meanwhile — which is how {@code
 * JdbiRegistryStore} and {@link JdbiContractStore}, built on the same {@link Jdbi}, join it.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
  private final Jdbi jdbi;

  public JdbiUnitOfWork(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> work.get());
  }
}
