package org.pactum.registry.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.registry.core.schema.InvalidSchemaException;

/** An unparsable or unlinkable schema → 422 with Confluent's 42201 and where the error is. */
public final class InvalidSchemaExceptionMapper implements ExceptionMapper<InvalidSchemaException> {
  static final int INVALID_SCHEMA = 42201;

  @Override
  public Response toResponse(InvalidSchemaException e) {
    StringBuilder message = new StringBuilder();
    String text = e.getMessage() == null ? "invalid schema" : e.getMessage();
    if (!text.startsWith("Invalid schema")) {
      message.append("Invalid schema: ");
    }
    message.append(text);
    if (e.line().isPresent()) {
      message.append(" (at ").append(e.source().map(s -> s + ":").orElse("line "));
      message.append(e.line().getAsInt());
      e.column().ifPresent(c -> message.append(':').append(c));
      message.append(')');
    }
    return ApiErrors.error(ApiDialect.CONFLUENT, 422, INVALID_SCHEMA, message.toString());
  }
}
