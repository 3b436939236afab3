package org.pactum.registry.core.avro;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.NestingDepth;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.SchemaParser;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * Parses Avro schema JSON with Avro's own parser (defaults validated against their types). Each
 * reference is parsed first into the same name space, so the main schema can use the named types
 * the references define; references must therefore be listed dependencies-first.
 */
public final class AvroSchemaParser implements SchemaParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ParseLimits limits;

  public AvroSchemaParser(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public AvroSchemaParser() {
    this(ParseLimits.DEFAULT);
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.AVRO;
  }

  @Override
  public AvroParsedSchema parse(String text) {
    return parse(defaultSourceName(), text, List.of());
  }

  @Override
  public AvroParsedSchema parse(String text, List<SchemaReference> references) {
    return parse(defaultSourceName(), text, references);
  }

  @Override
  public String defaultSourceName() {
    return "schema.avsc";
  }

  @Override
  public AvroParsedSchema parse(String sourceName, String text, List<SchemaReference> references) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(references, "references");
    limits.checkSize(text, references);
    for (SchemaReference reference : references) {
      NestingDepth.checkJson(reference.text(), limits.maxNestingDepth(), reference.name());
    }
    NestingDepth.checkJson(text, limits.maxNestingDepth(), sourceName);

    Schema.Parser parser = new Schema.Parser();
    List<Schema> referenced = new ArrayList<>();
    for (SchemaReference reference : references) {
      referenced.add(parseOne(parser, reference.text(), "reference " + reference.name()));
    }
    Schema schema = parseOne(parser, text, sourceName);
    String canonical;
    try {
      canonical = canonicalJson(schema.toString(referenced, false));
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException(sourceName + ": schema nests too deeply to render", e);
    }
    return new AvroParsedSchema(schema, referenced, text, references, canonical);
  }

  private static Schema parseOne(Schema.Parser parser, String text, String source) {
    if (text.isBlank()) {
      throw new InvalidSchemaException(source + ": empty schema", source, 0, 0, null);
    }
    try {
      return parser.parse(text);
    } catch (AvroRuntimeException | IllegalArgumentException e) {
      JsonLocation where = jsonLocation(e);
      if (where != null) {
        int line = where.getLineNr();
        int column = where.getColumnNr();
        return failAt(source, line, column, jsonProblem(e), e);
      }
      throw new InvalidSchemaException(
          source + ": invalid Avro schema: " + describe(e), source, 0, 0, e);
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException(source + ": schema nests too deeply", source, 0, 0, e);
    }
  }

  private static Schema failAt(String source, int line, int column, String problem, Throwable e) {
    throw new InvalidSchemaException(
        source + ":" + line + ":" + column + ": invalid JSON: " + problem, source, line, column, e);
  }

  private static JsonLocation jsonLocation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException jpe && jpe.getLocation() != null) {
        return jpe.getLocation();
      }
    }
    return null;
  }

  private static String jsonProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException jpe) {
        return jpe.getOriginalMessage();
      }
    }
    return describe(e);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // Avro wraps causes as "org.apache.…Exception: text"; keep the text.
    int colon = message.indexOf("Exception: ");
    return colon >= 0 ? message.substring(colon + "Exception: ".length()) : message;
  }

  /** Compact JSON with every object's keys sorted; arrays keep their order. */
  static String canonicalJson(String json) {
    try {
      return JSON.writeValueAsString(sortKeys(JSON.readTree(json)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Avro rendered invalid JSON", e);
    }
  }

  private static JsonNode sortKeys(JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> sorted = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        sorted.put(e.getKey(), sortKeys(e.getValue()));
      }
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      sorted.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(child -> out.add(sortKeys(child)));
      return out;
    }
    return node;
  }
}
