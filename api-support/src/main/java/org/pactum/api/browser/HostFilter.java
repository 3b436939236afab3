package org.pactum.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers only requests whose {@code Host} header names an allowed host (any port): a page that
 * rebinds its own name to 127.0.0.1 still sends its own name, and gets 421 before any resource
 * runs. Reads the header itself, never forwarded headers a rebound page could set.
 */
final class HostFilter extends HttpFilter {
  private final HostAllowList hosts;
  private final Refusals refusals;

  HostFilter(HostAllowList hosts, Refusals refusals) {
    this.hosts = hosts;
    this.refusals = refusals;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (hosts.any()) {
      chain.doFilter(req, res);
      return;
    }
    Optional<HostName> host = HostName.parse(req.getHeader("Host"));
    if (host.isPresent() && hosts.allows(host.get())) {
      chain.doFilter(req, res);
      return;
    }
    refusals.send(
        req,
        res,
        Refusal.MISDIRECTED_HOST,
        "this server does not answer to that Host; an operator lists its names in"
            + " edge.allowedHosts");
  }
}
