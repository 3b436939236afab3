package org.pactum.registry.core;

import java.util.function.Supplier;

/**
 * A transaction boundary the stores join: every {@link RegistryStore} and contract-store call the
 * work makes on this thread runs in one transaction, so its changes commit together or leave no
 * trace. A write that needs its own transaction ({@link RegistryStore#writeSubject}) becomes a
 * savepoint inside it: its failure undoes only itself.
 */
public interface UnitOfWork {

  /** Runs {@code work} in one transaction; an exception it throws rolls everything back. */
  <T> T inTransaction(Supplier<T> work);
}
