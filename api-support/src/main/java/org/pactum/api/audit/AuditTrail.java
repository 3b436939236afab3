package org.pactum.api.audit;

/** Where the edge records writes; the access module keeps them, hash-chained. */
@FunctionalInterface
public interface AuditTrail {
  /** Appends one entry; throws when it cannot be kept. */
  void record(AuditEntry entry);
}
