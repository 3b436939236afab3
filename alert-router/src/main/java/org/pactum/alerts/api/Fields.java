package org.pactum.alerts.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pactum.alerts.core.AlertsException;
import org.pactum.api.input.Timestamps;

/** Reads request fields with errors that name the field. */
final class Fields {
  private Fields() {}

  static JsonNode object(JsonNode body) {
    if (body == null || body.isNull() || body.isMissingNode()) {
      throw AlertsException.invalid("a JSON object body is required");
    }
    if (!body.isObject()) {
      throw AlertsException.invalid("the body must be a JSON object");
    }
    return body;
  }

  static String text(JsonNode node, String field, boolean required) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw AlertsException.invalid(field + " is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw AlertsException.invalid(field + " must be a string");
    }
    String s = v.asText().trim();
    if (s.isEmpty() && required) {
      throw AlertsException.invalid(field + " must not be empty");
    }
    if (s.length() > 1000) {
      throw AlertsException.invalid(field + " must be at most 1000 characters");
    }
    return s.isEmpty() ? null : s;
  }

  static List<String> texts(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw AlertsException.invalid(field + " must be a list of strings");
    }
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw AlertsException.invalid(field + " must be a list of strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  /** A time field: ISO-8601 with a zone, years 1–9999 (the edge's rule); null when absent. */
  static Instant instant(JsonNode node, String field) {
    return Timestamps.parse(field, text(node, field, false));
  }

  static long id(String value, String what, AlertsException.Reason unknown) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new AlertsException(unknown, "no " + what + " " + value);
  }
}
