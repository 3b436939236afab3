package org.pactum.api.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web origin: scheme, host and port (the scheme's default when the URL names none), compared as
 * browsers compare them.
 */
record WebOrigin(String scheme, String host, int port) {

  /** The origin of an {@code Origin} header; empty for {@code null}, opaque or malformed ones. */
  static Optional<WebOrigin> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    try {
      URI u = new URI(header.trim());
      boolean bare =
          (u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))
              && u.getRawQuery() == null
              && u.getRawFragment() == null
              && u.getRawUserInfo() == null;
      return bare ? of(u) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The origin of an absolute http(s) URL, or empty. */
  static Optional<WebOrigin> of(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      return Optional.empty();
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : defaultPort(scheme);
    if (port < 0) {
      return Optional.empty();
    }
    return Optional.of(new WebOrigin(scheme, HostName.normal(url.getHost()), port));
  }

  /** The origin a request was sent to: its scheme and its {@code Host} header. */
  static WebOrigin of(String scheme, HostName host) {
    String s = scheme.toLowerCase(Locale.ROOT);
    return new WebOrigin(s, host.host(), host.port() >= 0 ? host.port() : defaultPort(s));
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
  }

  @Override
  public String toString() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return scheme + "://" + h + ":" + port;
  }
}
