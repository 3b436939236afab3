package org.pactum.api.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.EdgeCodes;
import org.pactum.api.input.Texts;

/**
 * The framework's own errors (unknown path 404, wrong method 405 with {@code Allow}, not acceptable
 * 406, unsupported media type 415, a parameter that does not convert 400…) → {@code {"error_code":
 * <status × 100>, "message": …}} ({@code <status>} under Confluent's paths). A response a resource
 * built itself (with an entity) is sent as it is.
 */
public final class FrameworkErrorMapper implements ExceptionMapper<WebApplicationException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    ApiDialect dialect = Dialects.of(uriInfo);
    return EdgeFailures.answer(e.getCause(), dialect).orElseGet(() -> answer(e, dialect));
  }

  private Response answer(WebApplicationException e, ApiDialect dialect) {
    Response given = e.getResponse();
    if (given.hasEntity()) {
      return given;
    }
    int status = given.getStatus();
    if (e instanceof ParamException param) {
      return ApiErrors.generic(
          dialect,
          400,
          EdgeCodes.INVALID_PARAMETER,
          kind(param) + " '" + Texts.printable(param.getParameterName()) + "' is not valid");
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String message =
        dialect == ApiDialect.CONFLUENT
            ? confluentMessage(e, status, known)
            : switch (status) {
              case 404 -> "no such resource: " + Texts.printable(path());
              case 405 -> "method not allowed on " + Texts.printable(path());
              case 406 -> "not acceptable: this resource answers application/json";
              case 415 -> "unsupported media type: send application/json";
              default ->
                  known == null ? "request failed with HTTP " + status : known.getReasonPhrase();
            };
    Response.ResponseBuilder b =
        Response.fromResponse(ApiErrors.generic(dialect, status, status * 100, message));
    String allow = given.getHeaderString("Allow");
    if (allow != null) {
      b.header("Allow", allow);
    }
    String retryAfter = given.getHeaderString("Retry-After");
    if (retryAfter != null) {
      b.header("Retry-After", retryAfter);
    }
    return b.build();
  }

  /** Confluent's wording: Jersey's own message ({@code HTTP 404 Not Found}). */
  private static String confluentMessage(
      WebApplicationException e, int status, Response.Status known) {
    String m = e.getMessage();
    if (m != null && m.startsWith("HTTP ")) {
      return m;
    }
    return "HTTP " + status + (known == null ? "" : " " + known.getReasonPhrase());
  }

  private static String kind(ParamException p) {
    if (p instanceof ParamException.PathParamException) {
      return "path parameter";
    }
    if (p instanceof ParamException.QueryParamException) {
      return "query parameter";
    }
    if (p instanceof ParamException.HeaderParamException) {
      return "header";
    }
    return "parameter";
  }

  private String path() {
    try {
      return uriInfo == null ? "?" : "/" + uriInfo.getPath(true).replaceFirst("^/", "");
    } catch (IllegalStateException e) {
      return "?";
    }
  }
}
