package org.pactum.access.core;

import java.time.Instant;
import org.pactum.api.audit.AuditOutcome;

/**
 * Which audit entries to list; a null field does not filter.
 *
 * @param action an exact action, e.g. {@code POST /api/v1/contracts}
 * @param since entries at or after this time
 * @param until entries before this time
 */
public record AuditQuery(
    String principal, String action, AuditOutcome outcome, Instant since, Instant until) {
  public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);
}
