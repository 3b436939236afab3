package org.pactum.api.auth.filter;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Cross-site request forgery's guard for requests that a session cookie authenticates: a write (any
 * method but GET, HEAD and OPTIONS) is let in only when the browser says it comes from a page of
 * this server — its {@code Origin} header (or, lacking one, its {@code Referer}) names the host and
 * port the request was sent to ({@code Host}). The cookie's {@code SameSite=Lax} already keeps it
 * off cross-site posts in current browsers; this check does not depend on that.
 */
final class SameOrigin {
  private SameOrigin() {}

  /**
   * @param origin the {@code Origin} header, if any
   * @param referer the {@code Referer} header, if any
   * @param host the {@code Host} header
   */
  static boolean allows(String origin, String referer, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    // an Origin present decides, even "null" (an opaque origin); only its absence asks Referer
    String from = origin != null && !origin.isBlank() ? origin : referer;
    String h = host.strip().toLowerCase(Locale.ROOT);
    String sent = h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    return authority(from).map(sent::equals).orElse(false);
  }

  private static Optional<String> authority(String url) {
    if (url == null || url.isBlank() || url.strip().equals("null")) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
        return Optional.empty();
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || (scheme.equals("http") && port == 80)
              || (scheme.equals("https") && port == 443);
      return Optional.of(defaultPort ? host : host + ":" + port);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
