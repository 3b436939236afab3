package org.pactum.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response, set before the resource runs (a resource may still set
 * its own {@code Cache-Control}): the UI's pages get a Content-Security-Policy without {@code
 * 'unsafe-inline'} (styles and scripts come from {@code /ui/assets/}); everything else, the JSON
 * APIs, a policy that loads nothing. No response may be framed or sniffed; none but the static
 * assets may be stored by caches.
 */
final class SecurityHeadersFilter extends HttpFilter {
  /** The UI's policy: pages work with it as they are (the browser tests fail on a violation). */
  static final String UI_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

  /** The APIs' policy: a JSON body rendered as a page runs and loads nothing. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = RequestPath.of(req);
    boolean ui = path.equals("/") || RequestPath.under(path, "/ui");
    res.setHeader("Content-Security-Policy", ui ? UI_POLICY : API_POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "same-origin");
    if (!RequestPath.under(path, "/ui/assets")) {
      res.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(req, res);
  }
}
