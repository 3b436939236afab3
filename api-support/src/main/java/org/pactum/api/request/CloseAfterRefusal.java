package org.pactum.api.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * A refusal (4xx or 5xx) of a request that carried a body says {@code Connection: close}: the body
 * may not have been read to its end, and the server then closes the connection after answering. A
 * client told so opens a new connection for its next request instead of sending it on one the
 * server is closing (where a POST would get no answer at all).
 */
public final class CloseAfterRefusal implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 400 && carriesBody(request)) {
      response.getHeaders().putSingle("Connection", "close");
    }
  }

  private static boolean carriesBody(ContainerRequestContext request) {
    // from the headers only: asking the entity itself would read a body that already failed
    return request.getLength() > 0
        || request.getHeaderString("Transfer-Encoding") != null
        || request.getHeaderString("Content-Encoding") != null;
  }
}
