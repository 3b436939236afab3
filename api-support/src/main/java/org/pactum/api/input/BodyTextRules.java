package org.pactum.api.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Applies {@link Texts} to every request body Jersey reads, whatever the endpoint: each string in
 * it (a JSON tree's values and field names, a record's string components, lists and maps of them)
 * must hold no NUL and no lone surrogate. A refusal names the field as the client wrote it ({@code
 * references[0].subject}), before any resource method runs.
 */
public final class BodyTextRules implements ReaderInterceptor {
  private static final int MAX_DEPTH = 2_000; // beyond the JSON parser's own nesting limit

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object body = context.proceed();
    check(body);
    return body;
  }

  /** Refuses a body holding text that breaks the rule. */
  public static void check(Object body) {
    walk("body", body, 0);
  }

  private static void walk(String at, Object value, int depth) {
    if (value == null) {
      return;
    }
    if (depth > MAX_DEPTH) {
      throw org.pactum.api.InvalidInputException.field(at, "the body is nested too deeply");
    }
    if (value instanceof CharSequence text) {
      Texts.check(at, text.toString());
    } else if (value instanceof JsonNode node) {
      node(at, node, depth);
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        Texts.check(at, key);
        walk(child(at, key), e.getValue(), depth + 1);
      }
    } else if (value instanceof Collection<?> list) {
      int i = 0;
      for (Object e : list) {
        walk(at + "[" + i++ + "]", e, depth + 1);
      }
    } else if (value instanceof Record record) {
      record(at, record, depth);
    }
  }

  private static void node(String at, JsonNode node, int depth) {
    if (node.isTextual()) {
      Texts.check(at, node.textValue());
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        Texts.check(at, f.getKey());
        walk(child(at, f.getKey()), f.getValue(), depth + 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(at + "[" + i + "]", node.get(i), depth + 1);
      }
    }
  }

  private static void record(String at, Record record, int depth) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      JsonProperty named = c.getAnnotation(JsonProperty.class);
      String name = named != null && !named.value().isEmpty() ? named.value() : c.getName();
      Object v;
      try {
        v = c.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue; // a component the edge cannot read is the resource's to check
      }
      walk(child(at, name), v, depth + 1);
    }
  }

  private static String child(String at, String name) {
    String shown = Texts.printable(name);
    return at.equals("body") ? shown : at + "." + shown;
  }
}
