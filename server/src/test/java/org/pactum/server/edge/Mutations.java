package org.pactum.server.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A seeded generator of hostile variants of a valid request: type swaps, huge strings, NUL, lone
 * surrogates, right-to-left marks, deep nesting, out-of-range numbers and timestamps, durations,
 * paths that leave a folder, fields removed or unknown, wrong content types and encodings, bodies
 * over the limit, hostile path segments and query parameters. The same seed gives the same
 * requests.
 */
final class Mutations {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String RAW = "\u00a7RAW:";

  /** Values a leaf is replaced with; {@code §RAW:…} ones are written into the JSON unquoted. */
  private static final List<Object> VALUES =
      List.of(
          "",
          " ",
          "a\u0000b",
          "\u0000",
          "\ud800",
          "x\udfff",
          "\u202eabc\u200f",
          "x".repeat(2_000),
          "y".repeat(300_000),
          "\n12:00:00.000 ERROR forged log line",
          "\u001b[31mred",
          "../../etc/passwd",
          "/etc/passwd",
          "a/b",
          "%00",
          "<script>alert(1)</script>",
          "'; drop table registry.schema; --",
          "+999999999-12-31T23:59:59Z",
          "-999999999-01-01T00:00:00Z",
          "0000-01-01T00:00:00Z",
          "10000-01-01T00:00:00Z",
          "2026-02-30T00:00:00Z",
          "1970-01-01T00:00:00Z",
          "999999999999h",
          "-5m",
          "0s",
          "P9999999999D",
          0,
          -1,
          Integer.MAX_VALUE,
          Long.MIN_VALUE,
          1.5,
          true,
          RAW + "1e400",
          RAW + "-1e400",
          RAW + "9223372036854775808",
          RAW + "123456789012345678901234567890",
          RAW + "null",
          RAW + "[]",
          RAW + "{}",
          RAW + "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]");

  private static final List<String> SEGMENTS =
      List.of(
          "%00",
          "a%0Ab",
          "%C2%85",
          "..",
          "%2e%2e",
          "%2F",
          "x".repeat(5_000),
          "%F0%9F%98%80",
          "%ED%A0%80",
          "%E2%80%AE",
          "%FF",
          "0",
          "-1",
          "99999999999999999999",
          "latest",
          "%27%3B%20drop");

  private static final List<String> QUERIES =
      List.of(
          "limit=-1",
          "limit=0",
          "limit=99999999999",
          "limit=ten",
          "since=%2B999999999-12-31T23:59:59Z",
          "since=0000-01-01T00:00:00Z",
          "since=yesterday",
          "next=%00",
          "next=garbage",
          "offset=-5",
          "status=%00",
          "state=nope",
          "deleted=maybe",
          "direction=sideways",
          "depth=-1",
          "depth=100000",
          "version=%E2%80%AE",
          "expired=%FF");

  private final Random random;

  Mutations(long seed) {
    this.random = new Random(seed);
  }

  /** A hostile variant of a request to {@code endpoint}. */
  Mutant next(Endpoint endpoint) {
    int roll = random.nextInt(100);
    if (endpoint.seed() == null || roll < 15) {
      return pathOrQuery(endpoint);
    }
    if (roll < 30) {
      return whole(endpoint);
    }
    JsonNode body = endpoint.seed().deepCopy();
    String what;
    int kind = random.nextInt(10);
    if (kind < 6) {
      what = swapLeaf(body);
    } else if (kind < 7) {
      what = removeField(body);
    } else if (kind < 8) {
      what = addField(body);
    } else {
      what = nest(body);
    }
    return json(endpoint, what, endpoint.path(), write(body), endpoint.contentType());
  }

  private Mutant pathOrQuery(Endpoint endpoint) {
    String path = endpoint.path();
    String what;
    List<String> segments = params(endpoint);
    if (!segments.isEmpty() && random.nextBoolean()) {
      String template = endpoint.template();
      String param = segments.get(random.nextInt(segments.size()));
      String value = SEGMENTS.get(random.nextInt(SEGMENTS.size()));
      path = concrete(template, endpoint.path(), param, value);
      what = "path {" + param + "} = " + shorten(value);
    } else {
      String q = QUERIES.get(random.nextInt(QUERIES.size()));
      path = path + (path.contains("?") ? "&" : "?") + q;
      what = "query " + q;
    }
    byte[] body = endpoint.seed() == null ? null : write(endpoint.seed());
    return json(endpoint, what, path, body, endpoint.contentType());
  }

  private Mutant whole(Endpoint endpoint) {
    byte[] seed = write(endpoint.seed());
    String type = endpoint.contentType();
    return switch (random.nextInt(11)) {
      case 0 -> json(endpoint, "truncated", endpoint.path(), half(seed), type);
      case 1 -> json(endpoint, "empty body", endpoint.path(), new byte[0], type);
      case 2 -> json(endpoint, "body null", endpoint.path(), bytes("null"), type);
      case 3 -> json(endpoint, "body an array", endpoint.path(), bytes("[1, \"a\"]"), type);
      case 4 -> json(endpoint, "text/plain", endpoint.path(), seed, "text/plain");
      case 5 -> json(endpoint, "xml", endpoint.path(), bytes("<a/>"), "application/xml");
      case 6 -> encoded(endpoint, "gzip header, plain bytes", seed, "gzip");
      case 7 -> encoded(endpoint, "gzip body", gzip(seed), "gzip");
      case 8 -> encoded(endpoint, "unknown coding", seed, "br");
      case 9 -> json(endpoint, "invalid UTF-8", endpoint.path(), invalidUtf8(seed), type);
      default -> json(endpoint, "body over the limit", endpoint.path(), oversized(), type);
    };
  }

  private Mutant encoded(Endpoint endpoint, String what, byte[] body, String encoding) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", endpoint.contentType());
    headers.put("Content-Encoding", encoding);
    return new Mutant(what, endpoint.path(), body, headers);
  }

  private static Mutant json(
      Endpoint endpoint, String what, String path, byte[] body, String contentType) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (body != null) {
      headers.put("Content-Type", contentType);
    }
    return new Mutant(what, path, body, headers);
  }

  private String swapLeaf(JsonNode body) {
    List<Slot> slots = new ArrayList<>();
    collect(body, "", slots, 0);
    if (slots.isEmpty()) {
      return addField(body);
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    Object value = VALUES.get(random.nextInt(VALUES.size()));
    slot.set(node(value));
    return slot.path + " = " + shorten(String.valueOf(value));
  }

  private String removeField(JsonNode body) {
    List<Slot> slots = new ArrayList<>();
    collect(body, "", slots, 0);
    List<Slot> fields = slots.stream().filter(s -> s.name != null).toList();
    if (fields.isEmpty()) {
      return swapLeaf(body);
    }
    Slot slot = fields.get(random.nextInt(fields.size()));
    ((ObjectNode) slot.parent).remove(slot.name);
    return "removed " + slot.path;
  }

  private String addField(JsonNode body) {
    if (!(body instanceof ObjectNode o)) {
      return "unchanged";
    }
    String[] names = {"colour", "a\u0000b", "\ud800", "__proto__", "", "x".repeat(500)};
    String name = names[random.nextInt(names.length)];
    o.set(name, node(VALUES.get(random.nextInt(VALUES.size()))));
    return "added field " + shorten(name);
  }

  private String nest(JsonNode body) {
    List<Slot> slots = new ArrayList<>();
    collect(body, "", slots, 0);
    if (slots.isEmpty()) {
      return "unchanged";
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    int depth = random.nextBoolean() ? 50 + random.nextInt(200) : 1_001 + random.nextInt(2_000);
    JsonNode deep = NODES.textNode("x");
    for (int i = 0; i < depth; i++) {
      ArrayNode a = NODES.arrayNode();
      a.add(deep);
      deep = a;
    }
    slot.set(deep);
    return slot.path + " nested " + depth + " deep";
  }

  private JsonNode node(Object value) {
    if (value instanceof String s && s.startsWith(RAW)) {
      return NODES.textNode(s); // written raw by write()
    }
    return JSON.valueToTree(value);
  }

  private static byte[] write(JsonNode body) {
    try {
      String text = JSON.writeValueAsString(body);
      int at;
      while ((at = text.indexOf("\"" + RAW)) >= 0) {
        int end = text.indexOf('"', at + 1);
        text =
            text.substring(0, at)
                + text.substring(at + 1 + RAW.length(), end)
                + text.substring(end + 1);
      }
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Slot(ContainerNode<?> parent, String name, int index, String path) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(name, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void collect(JsonNode node, String at, List<Slot> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (node instanceof ObjectNode o) {
      o.fieldNames()
          .forEachRemaining(
              name -> {
                String p = at.isEmpty() ? name : at + "." + name;
                out.add(new Slot(o, name, -1, p));
                collect(o.get(name), p, out, depth + 1);
              });
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        String p = at + "[" + i + "]";
        out.add(new Slot(a, null, i, p));
        collect(a.get(i), p, out, depth + 1);
      }
    }
  }

  private static List<String> params(Endpoint endpoint) {
    List<String> out = new ArrayList<>();
    String t = endpoint.template();
    int i = 0;
    while ((i = t.indexOf('{', i)) >= 0) {
      int end = t.indexOf('}', i);
      out.add(t.substring(i + 1, end).split(":")[0].trim());
      i = end;
    }
    return out;
  }

  /** The concrete path with one parameter's segment replaced. */
  private static String concrete(String template, String path, String param, String value) {
    String[] t = template.split("/", -1);
    String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
    String[] p = (query.isEmpty() ? path : path.substring(0, path.indexOf('?'))).split("/", -1);
    if (t.length != p.length) {
      return path;
    }
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("{" + param)) {
        p[i] = value;
      }
    }
    return String.join("/", p) + query;
  }

  private static byte[] half(byte[] b) {
    return java.util.Arrays.copyOf(b, Math.max(0, b.length / 2));
  }

  private static byte[] invalidUtf8(byte[] b) {
    byte[] out = java.util.Arrays.copyOf(b, b.length + 4);
    int at = Math.max(1, b.length / 2);
    System.arraycopy(b, at, out, at + 4, b.length - at);
    out[at] = (byte) 0xC3;
    out[at + 1] = (byte) 0x28;
    out[at + 2] = (byte) 0xED;
    out[at + 3] = (byte) 0xA0;
    return out;
  }

  private static byte[] oversized() {
    return bytes("{\"a\": \"" + "z".repeat(9 * 1024 * 1024) + "\"}");
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String shorten(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    StringBuilder b = new StringBuilder();
    shown
        .chars()
        .forEach(
            c ->
                b.append(
                    c < 0x20 || Character.isSurrogate((char) c)
                        ? String.format("\\u%04x", c)
                        : String.valueOf((char) c)));
    return b.toString();
  }
}
