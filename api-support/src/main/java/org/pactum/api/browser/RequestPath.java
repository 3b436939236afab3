package org.pactum.api.browser;

import jakarta.servlet.http.HttpServletRequest;

/** The decoded path of a request below the context, with repeated slashes folded. */
final class RequestPath {
  private RequestPath() {}

  static String of(HttpServletRequest request) {
    String servlet = request.getServletPath() == null ? "" : request.getServletPath();
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    String path = (servlet + info).replaceAll("/{2,}", "/");
    return path.isEmpty() ? "/" : path;
  }

  /** Whether the path is {@code prefix} or below it. */
  static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }
}
