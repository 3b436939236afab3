package org.pactum.lineage.erasure.core;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The append-only, hash-chained audit trail ({@code privacy.audit_event}). */
public interface AuditLog {

  /** Appends one event, serialised with every other append so the chain stays linear. */
  AuditEvent append(UUID requestId, String eventType, Map<String, Object> detail);

  List<AuditEvent> forRequest(UUID requestId);

  /** Re-walks the whole chain from the first link. */
  ChainVerification verify();
}
