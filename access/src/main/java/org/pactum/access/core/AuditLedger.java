package org.pactum.access.core;

import java.util.List;
import org.pactum.api.audit.AuditEntry;
import org.pactum.api.audit.AuditTrail;

/** The hash-chained audit trail ({@code db} implements it): append, list, verify. */
public interface AuditLedger extends AuditTrail {
  /** Appends the entry as the chain's next link. */
  AuditLink append(AuditEntry entry);

  @Override
  default void record(AuditEntry entry) {
    append(entry);
  }

  /** Links matching the query, newest first, with {@code seq} below {@code beforeSeq} (0: any). */
  List<AuditLink> list(AuditQuery query, long beforeSeq, int limit);

  /** Walks the whole chain from its first link; names the first link that does not hold. */
  ChainCheck verify();
}
