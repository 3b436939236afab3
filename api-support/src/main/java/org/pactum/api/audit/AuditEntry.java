package org.pactum.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One write as the edge saw it.
 *
 * @param principal who asked: a principal's display name, or {@code anonymous} (never a secret)
 * @param role the principal's role, or {@code none} when nobody was authenticated
 * @param action the HTTP method and the matched path template, e.g. {@code POST
 *     /api/v1/contracts/{id}/retire}; the request path when no resource matched
 * @param target the request path, without its query string
 * @param status the HTTP status answered
 * @param source the caller's address (IPv4, or the IPv6 address)
 * @param requestId the request's id, as in the logs and the {@code X-Request-Id} header
 */
public record AuditEntry(
    Instant at,
    String principal,
    String role,
    String action,
    String target,
    int status,
    AuditOutcome outcome,
    String source,
    String requestId) {
  /** The longest text kept of a field; longer ones are cut (a path may be long). */
  public static final int MAX_FIELD = 500;

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(outcome, "outcome");
    principal = cut(principal);
    role = cut(role);
    action = cut(action);
    target = cut(target);
    source = cut(source);
    requestId = cut(requestId);
  }

  private static String cut(String s) {
    String v = s == null ? "-" : s;
    return v.length() <= MAX_FIELD ? v : v.substring(0, MAX_FIELD);
  }
}
