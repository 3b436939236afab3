package org.pactum.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) a browser sends from another site
 * (cross-site request forgery): an {@code Origin} header must be the request's own origin or an
 * allowed one, and {@code Sec-Fetch-Site: cross-site} is refused unless its origin is allowed.
 * Clients that send neither header (curl, CI, Confluent clients) pass.
 */
final class OriginFilter extends HttpFilter {
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final Set<WebOrigin> allowed;
  private final Refusals refusals;

  OriginFilter(Set<WebOrigin> allowed, Refusals refusals) {
    this.allowed = allowed;
    this.refusals = refusals;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!WRITES.contains(req.getMethod()) || trusted(req)) {
      chain.doFilter(req, res);
      return;
    }
    refusals.send(
        req,
        res,
        Refusal.FOREIGN_ORIGIN,
        "a state-changing request from another origin is refused; an operator lists the"
            + " origins allowed in edge.allowedOrigins");
  }

  private boolean trusted(HttpServletRequest req) {
    String header = req.getHeader("Origin");
    if (header == null) {
      return !"cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"));
    }
    Optional<WebOrigin> origin = WebOrigin.parse(header);
    if (origin.isEmpty()) {
      return false; // "null" (sandboxed frames, file:) or malformed
    }
    if (allowed.contains(origin.get())) {
      return true;
    }
    if ("cross-site".equalsIgnoreCase(req.getHeader("Sec-Fetch-Site"))) {
      return false;
    }
    Optional<HostName> host = HostName.parse(req.getHeader("Host"));
    return host.isPresent() && WebOrigin.of(req.getScheme(), host.get()).equals(origin.get());
  }
}
