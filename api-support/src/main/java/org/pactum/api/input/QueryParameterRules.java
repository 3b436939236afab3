package org.pactum.api.input;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.api.ApiDialect;
import org.pactum.api.InvalidInputException;

/**
 * Pactum's own API refuses a query parameter its resource method does not take (400 naming it and
 * the ones it takes): a misspelt {@code limt} or an {@code offset} the endpoint does not support
 * never silently means "not given". The Confluent API keeps Confluent's leniency, and a method
 * marked {@link TakesAnyQuery} (the OpenID issuer's redirect) takes any.
 */
public final class QueryParameterRules implements ContainerRequestFilter {
  private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource == null
        || resource.getResourceMethod() == null
        || resource.getResourceMethod().isAnnotationPresent(TakesAnyQuery.class)) {
      return;
    }
    if (ApiDialect.of(request.getUriInfo().getPath(true)) != ApiDialect.PACTUM) {
      return;
    }
    Set<String> takes =
        known.computeIfAbsent(resource.getResourceMethod(), QueryParameterRules::of);
    for (String name : request.getUriInfo().getQueryParameters(true).keySet()) {
      if (!takes.contains(name)) {
        throw InvalidInputException.parameter(
            name,
            "query parameter '"
                + Texts.printable(name)
                + "' is not one this endpoint takes"
                + (takes.isEmpty() ? " (it takes none)" : "; it takes " + takes));
      }
    }
  }

  private static Set<String> of(Method method) {
    Set<String> names = new TreeSet<>();
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation a : annotations) {
        if (a instanceof QueryParam q) {
          names.add(q.value());
        }
      }
    }
    return Set.copyOf(names);
  }
}
