package org.pactum.api.errors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collection;
import java.util.Map;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.EdgeCodes;
import org.pactum.api.input.Texts;

/**
 * A body that is not JSON → 400 / 40001 with where the parser stopped; JSON of the wrong shape (a
 * wrong type, an unknown field of a typed body, beyond the parser's limits) → 422 / 42290 naming
 * the field and what it must be, never a Java type. Under Confluent's paths, as Confluent answers:
 * JSON of the wrong shape is 400 / 400 too, and the codes are the statuses.
 */
public final class JsonBodyErrorMapper implements ExceptionMapper<JsonProcessingException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(JsonProcessingException e) {
    ApiDialect dialect = Dialects.of(uriInfo);
    return EdgeFailures.answer(e, dialect).orElseGet(() -> answer(e, dialect));
  }

  static Response answer(JsonProcessingException e, ApiDialect dialect) {
    if (e instanceof StreamConstraintsException) {
      return ApiErrors.generic(
          dialect,
          422,
          EdgeCodes.INVALID_INPUT,
          "the request body is beyond the JSON parser's limits: "
              + Texts.printable(e.getOriginalMessage()));
    }
    if (dialect == ApiDialect.CONFLUENT && e instanceof JsonMappingException mapping) {
      // Confluent answers JSON of the wrong shape as it answers JSON that does not parse
      String what =
          mapping.getPath().isEmpty()
              ? "the body must be " + expected(mapping)
              : "field '" + path(mapping) + "' must be " + expected(mapping);
      return ApiErrors.error(
          dialect, 400, 400, "Invalid JSON in request body: " + what + location(e));
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return ApiErrors.generic(
          dialect,
          422,
          EdgeCodes.INVALID_INPUT,
          "unknown field '" + Texts.printable(unknown.getPropertyName()) + "'" + where(unknown));
    }
    if (e.getCause() instanceof InputCoercionException || e instanceof InputCoercionException) {
      String at = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? path(m) : null;
      return ApiErrors.generic(
          dialect,
          422,
          EdgeCodes.INVALID_INPUT,
          (at == null ? "a number" : "field '" + at + "'") + " is out of range" + location(e));
    }
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      return ApiErrors.generic(
          dialect,
          422,
          EdgeCodes.INVALID_INPUT,
          "field '" + path(mapping) + "' must be " + expected(mapping) + location(e));
    }
    if (e instanceof JsonMappingException mapping) {
      return ApiErrors.generic(
          dialect,
          422,
          EdgeCodes.INVALID_INPUT,
          "the request body must be " + expected(mapping) + location(e));
    }
    String prefix =
        dialect == ApiDialect.CONFLUENT
            ? "Invalid JSON in request body: "
            : "the request body is not valid JSON: ";
    return ApiErrors.generic(
        dialect,
        400,
        EdgeCodes.MALFORMED_JSON,
        prefix + Texts.printable(original(e)) + location(e));
  }

  private static String original(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    int newline = m == null ? -1 : m.indexOf('\n');
    return m == null ? "unreadable" : newline < 0 ? m : m.substring(0, newline);
  }

  private static String where(JsonMappingException e) {
    return e.getPath().size() > 1 ? " in '" + parentPath(e) + "'" : "";
  }

  private static String location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() <= 0) {
      return "";
    }
    return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }

  /** The field's path as the client wrote it: {@code references[0].subject}. */
  static String path(JsonMappingException e) {
    return render(e.getPath(), e.getPath().size());
  }

  private static String parentPath(JsonMappingException e) {
    return render(e.getPath(), e.getPath().size() - 1);
  }

  private static String render(java.util.List<JsonMappingException.Reference> refs, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      JsonMappingException.Reference r = refs.get(i);
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(Texts.printable(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** What a value of the target type looks like in JSON, in words. */
  private static String expected(JsonMappingException e) {
    Class<?> type =
        e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
            ? m.getTargetType()
            : null;
    if (type == null) {
      return "of another shape";
    }
    if (CharSequence.class.isAssignableFrom(type) || type == char.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == java.math.BigInteger.class) {
      return "a whole number in range";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 time, e.g. 2026-03-02T09:00:00Z";
    }
    return "of another shape";
  }
}
