package org.pactum.lineage.erasure.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON for the jsonb columns. */
final class Json {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private final ObjectMapper mapper = new ObjectMapper();

  String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value cannot be written as JSON", e);
    }
  }

  Map<String, Object> readMap(String json) {
    try {
      return json == null ? Map.of() : mapper.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }
}
