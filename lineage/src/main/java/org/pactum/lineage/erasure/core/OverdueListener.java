package org.pactum.lineage.erasure.core;

/**
 * Told about each request past its due date and not completed, at every overdue check: the hook for
 * an alert signal. The default logs one line per request.
 */
@FunctionalInterface
public interface OverdueListener {
  void overdue(ErasureRequest request);
}
