package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.pactum.lineage.erasure.core.ErasureException;
import org.pactum.lineage.erasure.core.ErasureException.Reason;

/** Validation of JSON request bodies; messages name the field, never echo its value. */
final class BodyFields {
  private BodyFields() {}

  static void object(JsonNode body, Set<String> allowed, String shape) {
    if (body == null || !body.isObject()) {
      throw invalid("the request body must be a JSON object: " + shape);
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw invalid(
            (name.length() > 60 ? name.substring(0, 60) + "…" : name)
                + ": unknown field; expected "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  /** A required string (an integral number is taken as its decimal text when {@code numbers}). */
  static String text(JsonNode body, String field, int maxLength, boolean numbers) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      throw invalid(field + ": required");
    }
    String s;
    if (v.isTextual()) {
      s = v.asText();
    } else if (numbers && v.isIntegralNumber()) {
      s = v.bigIntegerValue().toString();
    } else {
      throw invalid(field + ": must be a string");
    }
    if (s.isBlank()) {
      throw invalid(field + ": must not be blank");
    }
    if (s.length() > maxLength) {
      throw invalid(field + ": longer than " + maxLength + " characters");
    }
    if (s.chars().anyMatch(Character::isISOControl)) {
      throw invalid(field + ": must not contain control characters");
    }
    return s;
  }

  static ErasureException invalid(String message) {
    return new ErasureException(Reason.INVALID_FIELD, message);
  }
}
