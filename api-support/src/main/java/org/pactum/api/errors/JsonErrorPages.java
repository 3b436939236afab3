package org.pactum.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.pactum.api.ApiDialect;
import org.pactum.api.ErrorMessage;
import org.pactum.api.input.Texts;

/**
 * The server's own error pages (a request Jetty refuses before any application code runs: a control
 * character or an ambiguous separator in the path, a bad header) in the edge's body shape instead
 * of an HTML page: {@code {"error_code": <status × 100>, "message": …}} ({@code <status>} under the
 * Confluent API's paths). The message is Jetty's reason, made printable; never a stack trace.
 */
public final class JsonErrorPages extends ErrorHandler {
  private final ObjectMapper json;

  public JsonErrorPages(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback cb)
      throws JsonProcessingException {
    String path = request.getHttpURI() == null ? "" : request.getHttpURI().getPath();
    ApiDialect dialect;
    try {
      dialect = ApiDialect.of(path);
    } catch (RuntimeException e) {
      dialect = ApiDialect.PACTUM;
    }
    String reason =
        message == null || message.isBlank() ? "the request was refused" : Texts.printable(message);
    byte[] body = json.writeValueAsBytes(new ErrorMessage(dialect.code(code, code * 100), reason));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, dialect.errorType().toString());
    // the server closes the connection after refusing a request it could not parse: say so, or a
    // client sends its next request on a connection that is going away and gets no answer
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    response.write(true, ByteBuffer.wrap(body), cb);
  }
}
