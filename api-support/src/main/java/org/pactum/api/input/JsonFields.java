package org.pactum.api.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.api.InvalidInputException;

/**
 * The shape rules of Pactum's own JSON API (the Confluent API keeps Confluent's leniency): a body
 * is a JSON object, and a field the endpoint does not know is refused with its name and the names
 * it does know — a typo ({@code "ends_ta"}) never silently means "not given".
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * The body as an object holding no field outside {@code known}; 422 / 42290 otherwise.
   *
   * @param where the field the object sits in ({@code "body"} for the request body itself)
   */
  public static JsonNode only(JsonNode body, String where, Set<String> known) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw InvalidInputException.field(where, where + " must be a JSON object");
    }
    if (!body.isObject()) {
      throw InvalidInputException.field(where, where + " must be a JSON object");
    }
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        String field = where.equals("body") ? name : where + "." + name;
        throw InvalidInputException.field(
            field,
            "unknown field '"
                + Texts.printable(field)
                + "'; "
                + (where.equals("body") ? "the body" : "'" + where + "'")
                + " takes "
                + new TreeSet<>(known));
      }
    }
    return body;
  }

  /** {@link #only} on the request body itself. */
  public static JsonNode only(JsonNode body, Set<String> known) {
    return only(body, "body", known);
  }
}
