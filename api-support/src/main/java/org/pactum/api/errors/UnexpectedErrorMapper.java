package org.pactum.api.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.EdgeCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper answers (the store unreachable, a bug) → 500 / 50001 with an id to find
 * the log line by; never SQL text, a stack trace or a Java class name to the client. The log line
 * names the exception's class and where it was thrown, not its message, which could quote request
 * data (a subject id, a secret); the same for its root cause.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    ApiDialect dialect = Dialects.of(uriInfo);
    return EdgeFailures.answer(e, dialect).orElseGet(() -> internal(e, dialect));
  }

  private static Response internal(Throwable e, ApiDialect dialect) {
    String id = Long.toHexString(ThreadLocalRandom.current().nextLong());
    Throwable root = e;
    for (int i = 0; root.getCause() != null && root.getCause() != root && i < 16; i++) {
      root = root.getCause();
    }
    LOG.atError()
        .addKeyValue("event", "unexpected_error")
        .addKeyValue("error_id", id)
        .addKeyValue("error", e.getClass().getName())
        .addKeyValue("at", top(e))
        .addKeyValue("cause", root.getClass().getName())
        .addKeyValue("cause_at", top(root))
        .addKeyValue("sql_state", root instanceof SQLException sql ? sql.getSQLState() : null)
        .log("request failed unexpectedly");
    return ApiErrors.error(
        dialect, 500, EdgeCodes.INTERNAL, "internal error; it has been logged with id " + id);
  }

  private static String top(Throwable t) {
    StackTraceElement[] trace = t.getStackTrace();
    return trace.length == 0 ? "?" : trace[0].toString();
  }
}
