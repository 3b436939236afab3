package org.pactum.checks.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;

/**
 * Checks of a JSON request body shared by the API's POST resources: clear 422s naming the field.
 */
final class JsonBodies {
  private JsonBodies() {}

  /**
   * Requires {@code body} to be a JSON object with no field outside {@code fields}.
   *
   * @param example the expected shape, for the message
   */
  static void requireObject(JsonNode body, String example, List<String> fields) {
    if (body == null || !body.isObject()) {
      throw invalid("the request body must be a JSON object: " + example);
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw invalid(name + ": unknown field; expected " + String.join(", ", fields));
      }
    }
  }

  static ChecksException invalid(String message) {
    return new ChecksException(Reason.INVALID_FIELD, message);
  }
}
