package org.pactum.api.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.pactum.api.ApiDialect;
import org.pactum.api.ErrorMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a refusal as the JSON error body every Pactum error has, in the dialect of the request's
 * path, and logs one line for it.
 */
final class Refusals {
  private static final Logger LOG = LoggerFactory.getLogger(Refusals.class);

  private final ObjectMapper json;

  Refusals(ObjectMapper json) {
    this.json = json;
  }

  void send(
      HttpServletRequest request, HttpServletResponse response, Refusal refusal, String message)
      throws IOException {
    LOG.atInfo()
        .addKeyValue("event", "request_refused")
        .addKeyValue("reason", refusal.name().toLowerCase(Locale.ROOT))
        .addKeyValue("method", printable(request.getMethod()))
        .addKeyValue("path", printable(RequestPath.of(request)))
        .log("request refused");
    ApiDialect dialect = ApiDialect.of(RequestPath.of(request));
    response.resetBuffer();
    response.setStatus(refusal.status);
    response.setContentType(dialect.errorType().toString());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Connection", "close"); // the body, if any, is left unread
    json.writeValue(
        response.getOutputStream(),
        new ErrorMessage(dialect.code(refusal.status, refusal.errorCode), message));
  }

  /** A client's text as logs may carry it: no control characters, at most 200 characters. */
  private static String printable(String s) {
    if (s == null) {
      return "-";
    }
    String p = s.replaceAll("[\\p{Cntrl}\\s]", "?");
    return p.length() > 200 ? p.substring(0, 200) + "…" : p;
  }
}
