package org.pactum.api.browser;

import java.util.Locale;
import java.util.Optional;

/**
 * A host and port as a {@code Host} header names them: the host in lower case, without IPv6
 * brackets or a trailing dot; the port, or -1 when absent.
 */
record HostName(String host, int port) {

  /** The host and port of a {@code Host} header, or empty when it is absent or malformed. */
  static Optional<HostName> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String h = header.trim();
    String host;
    String port;
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      if (close < 0) {
        return Optional.empty();
      }
      host = h.substring(1, close);
      String rest = h.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) {
        return Optional.empty();
      }
      port = rest.isEmpty() ? null : rest.substring(1);
    } else {
      int colon = h.indexOf(':');
      if (colon != h.lastIndexOf(':')) {
        return Optional.empty(); // an IPv6 address without brackets
      }
      host = colon < 0 ? h : h.substring(0, colon);
      port = colon < 0 ? null : h.substring(colon + 1);
    }
    host = normal(host);
    if (host.isEmpty() || !host.chars().allMatch(HostName::hostChar)) {
      return Optional.empty();
    }
    if (port == null) {
      return Optional.of(new HostName(host, -1));
    }
    if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    int p = Integer.parseInt(port);
    return p > 65535 ? Optional.empty() : Optional.of(new HostName(host, p));
  }

  /** A host name as compared: lower case, without IPv6 brackets or a trailing dot. */
  static String normal(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }

  private static boolean hostChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '-'
        || c == ':'
        || c == '_';
  }
}
