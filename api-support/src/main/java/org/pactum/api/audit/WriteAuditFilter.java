package org.pactum.api.audit;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.filter.PrincipalSecurityContext;
import org.pactum.api.request.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Records every write — any method but GET, HEAD and OPTIONS, and a read marked {@link Audited} —
 * once its answer is known, whether the API accepted it or refused it (a 401 from the
 * authentication filter included: JAX-RS runs response filters for aborted requests too). Runs
 * first among response filters, so what it records is the status the resource or the refusing
 * filter chose.
 */
@Priority(1)
public final class WriteAuditFilter implements ContainerResponseFilter {
  private static final Logger LOG = LoggerFactory.getLogger(WriteAuditFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  /**
   * The request property a sign-in sets to the {@link Principal} it just signed in: the request
   * came without one, and the trail records who signed in rather than {@code anonymous}.
   */
  public static final String SIGNED_IN = "pactum.audit.signedIn";

  private final AuditTrail trail;
  private final Clock clock;

  @Context private HttpServletRequest servletRequest;
  @Context private ResourceInfo resource;

  public WriteAuditFilter(AuditTrail trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String method = request.getMethod();
    if (READS.contains(method) && !audited()) {
      return;
    }
    String path = "/" + request.getUriInfo().getPath(true);
    Principal who =
        request.getProperty(SIGNED_IN) instanceof Principal signedIn
            ? signedIn
            : PrincipalSecurityContext.principalOf(request.getSecurityContext()).orElse(null);
    AuditEntry entry =
        new AuditEntry(
            clock.instant(),
            who == null ? "anonymous" : who.name(),
            who == null ? "none" : who.role().name().toLowerCase(Locale.ROOT),
            method + " " + template(request.getUriInfo(), path),
            path,
            response.getStatus(),
            AuditOutcome.of(response.getStatus()),
            remoteAddress(),
            MDC.get(RequestIdFilter.LOG_FIELD));
    try {
      trail.record(entry);
    } catch (RuntimeException e) {
      LOG.atError()
          .addKeyValue("event", "audit_write_failed")
          .addKeyValue("action", entry.action())
          .addKeyValue("status", entry.status())
          .setCause(e)
          .log("a write could not be recorded on the audit trail");
    }
  }

  /** Whether the matched resource method is a read recorded like a write ({@link Audited}). */
  private boolean audited() {
    return resource != null
        && resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(Audited.class);
  }

  /** The matched resource's path template, outermost first; the path when nothing matched. */
  private static String template(UriInfo info, String path) {
    if (!(info instanceof ExtendedUriInfo extended)) {
      return path;
    }
    List<UriTemplate> matched = extended.getMatchedTemplates();
    if (matched.isEmpty()) {
      return path;
    }
    StringBuilder b = new StringBuilder();
    for (int i = matched.size() - 1; i >= 0; i--) {
      String t = matched.get(i).getTemplate();
      if (t.isEmpty() || t.equals("/")) {
        continue;
      }
      if (!t.startsWith("/")) {
        b.append('/');
      }
      b.append(t.endsWith("/") ? t.substring(0, t.length() - 1) : t);
    }
    return b.isEmpty() ? path : b.toString();
  }

  private String remoteAddress() {
    try {
      return servletRequest == null ? "-" : servletRequest.getRemoteAddr();
    } catch (IllegalStateException e) {
      return "-"; // outside a servlet request (an in-memory test container)
    }
  }
}
