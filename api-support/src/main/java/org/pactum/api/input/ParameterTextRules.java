package org.pactum.api.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.pactum.api.ApiDialect;

/**
 * Applies {@link Texts#checkParameter} to every path and query parameter (decoded) before a
 * resource method runs: no control character, NUL or lone surrogate reaches a service or a query.
 * Under the Confluent API's paths, path parameters are subjects, which the registry itself checks
 * with Confluent's answer (422 / 42208, "The specified subject is not valid").
 */
public final class ParameterTextRules implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    if (ApiDialect.of(uri.getPath(true)) == ApiDialect.PACTUM) {
      check("path parameter", uri.getPathParameters(true));
    }
    check("query parameter", uri.getQueryParameters(true));
  }

  private static void check(String kind, MultivaluedMap<String, String> params) {
    for (Map.Entry<String, List<String>> p : params.entrySet()) {
      Texts.checkParameter(kind, Texts.printable(p.getKey()), p.getKey());
      for (String v : p.getValue()) {
        Texts.checkParameter(kind, Texts.printable(p.getKey()), v);
      }
    }
  }
}
