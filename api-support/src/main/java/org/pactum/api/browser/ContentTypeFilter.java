package org.pactum.api.browser;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Holds request bodies of the JSON APIs to JSON types, so no HTML form or "simple" cross-site
 * request can carry one: under {@code /api/} a body must be {@code application/json} or {@code
 * …+json}; under the Confluent registry's root paths, one of the types Confluent clients send (a
 * body without a type is taken as {@code application/octet-stream}, as Confluent takes it). Others
 * get 415.
 */
final class ContentTypeFilter extends HttpFilter {
  private static final List<String> REGISTRY_ROOTS =
      List.of("/subjects", "/schemas", "/config", "/mode", "/compatibility");
  private static final Set<String> REGISTRY_TYPES =
      Set.of(
          "application/vnd.schemaregistry.v1+json",
          "application/vnd.schemaregistry+json",
          "application/json",
          "application/octet-stream");

  private final Refusals refusals;

  ContentTypeFilter(Refusals refusals) {
    this.refusals = refusals;
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!hasBody(req)) {
      chain.doFilter(req, res);
      return;
    }
    String path = RequestPath.of(req);
    String type = mediaType(req.getContentType());
    if (RequestPath.under(path, "/api")) {
      if (!type.equals("application/json")
          && !(type.startsWith("application/") && type.endsWith("+json"))) {
        refuse(req, res, "application/json");
        return;
      }
    } else if (REGISTRY_ROOTS.stream().anyMatch(root -> RequestPath.under(path, root))) {
      if (!type.isEmpty() && !REGISTRY_TYPES.contains(type)) {
        refuse(req, res, String.join(", ", REGISTRY_TYPES.stream().sorted().toList()));
        return;
      }
    }
    chain.doFilter(req, res);
  }

  private void refuse(HttpServletRequest req, HttpServletResponse res, String expected)
      throws IOException {
    refusals.send(
        req,
        res,
        Refusal.UNSUPPORTED_MEDIA_TYPE,
        "the request body must be sent as " + expected + " (Content-Type)");
  }

  /** Whether the request carries a body: a positive length, or chunks. */
  private static boolean hasBody(HttpServletRequest req) {
    return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
  }

  /** The media type without parameters, in lower case; empty when absent. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
