package org.pactum.contracts.schema;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.pactum.contracts.problem.Problem;

/**
 * Loads an Avro {@code .avsc} schema with {@link Schema.Parser} and flattens its top-level record
 * into {@link SchemaField}s. JSON syntax errors are placed at their line and column in the schema
 * file; Avro's semantic errors at the first mention of the name they quote, else at the contract's
 * {@code schema.file}.
 */
public final class AvroSchemaLoader {

  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|'([^']+)'|: (\\S+)$");

  SchemaLoadResult load(SchemaRequest request, Path file, String text) {
    Schema schema;
    try {
      schema = new Schema.Parser().parse(text);
    } catch (AvroRuntimeException | IllegalArgumentException e) {
      return SchemaLoadResult.failed(List.of(problem(request, file, text, e)));
    }
    if (schema.getType() != Schema.Type.RECORD) {
      return SchemaLoadResult.failed(
          List.of(
              Problem.error(
                  file,
                  1,
                  1,
                  "schema-invalid",
                  "the top-level Avro schema must be a record (the row type); found "
                      + schema.getType().getName())));
    }
    return SchemaLoadResult.loaded(new AvroContractSchema(file, text, schema, flatten(schema)));
  }

  /** The fields of a record schema, nested records as dotted paths, depth first. */
  public static List<SchemaField> flatten(Schema record) {
    List<SchemaField> out = new ArrayList<>();
    Deque<String> stack = new ArrayDeque<>();
    stack.push(record.getFullName());
    flatten(record, "", false, stack, out);
    return out;
  }

  private static void flatten(
      Schema record,
      String prefix,
      boolean inRepeated,
      Deque<String> stack,
      List<SchemaField> out) {
    for (Schema.Field field : record.getFields()) {
      Schema type = field.schema();
      boolean nullable = false;
      boolean repeated = inRepeated;
      if (type.getType() == Schema.Type.UNION) {
        nullable = type.isNullable();
        type = nonNull(type).orElse(type);
      }
      if (type.getType() == Schema.Type.ARRAY) {
        repeated = true;
        type = type.getElementType();
        if (type.getType() == Schema.Type.UNION) {
          type = nonNull(type).orElse(type);
        }
      }
      String path = prefix + field.name();
      FieldKind kind = kind(type);
      if (type.getType() == Schema.Type.NULL) {
        nullable = true;
      }
      List<String> symbols = kind == FieldKind.ENUM ? type.getEnumSymbols() : List.of();
      out.add(new SchemaField(path, field.name(), kind, nullable, repeated, symbols));
      if (type.getType() == Schema.Type.RECORD && !stack.contains(type.getFullName())) {
        stack.push(type.getFullName());
        flatten(type, path + ".", repeated, stack, out);
        stack.pop();
      }
    }
  }

  /** The single non-null branch of a union, if it has exactly one. */
  private static Optional<Schema> nonNull(Schema union) {
    List<Schema> branches =
        union.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).toList();
    return branches.size() == 1 ? Optional.of(branches.get(0)) : Optional.empty();
  }

  static FieldKind kind(Schema type) {
    LogicalType logical = type.getLogicalType();
    if (logical != null) {
      String name = logical.getName();
      if (name.contains("timestamp")) {
        return FieldKind.TIMESTAMP;
      }
      switch (name) {
        case "date":
          return FieldKind.DATE;
        case "time-millis":
        case "time-micros":
          return FieldKind.TIME;
        case "decimal":
        case "big-decimal":
          return FieldKind.DECIMAL;
        case "uuid":
          return FieldKind.STRING;
        default:
          break;
      }
    }
    return switch (type.getType()) {
      case STRING -> FieldKind.STRING;
      case INT, LONG -> FieldKind.INTEGER;
      case FLOAT, DOUBLE -> FieldKind.FLOAT;
      case BOOLEAN -> FieldKind.BOOLEAN;
      case BYTES, FIXED -> FieldKind.BYTES;
      case ENUM -> FieldKind.ENUM;
      case RECORD -> FieldKind.RECORD;
      case MAP -> FieldKind.MAP;
      case UNION, NULL, ARRAY -> FieldKind.UNION;
    };
  }

  private static Problem problem(
      SchemaRequest request, Path file, String text, RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException json && json.getLocation() != null) {
        JsonLocation at = json.getLocation();
        return Problem.error(
            file,
            at.getLineNr(),
            at.getColumnNr(),
            "schema-invalid",
            "invalid Avro schema JSON: "
                + json.getOriginalMessage().lines().findFirst().orElse(""));
      }
    }
    String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("").trim();
    if (message.startsWith("org.apache.avro.") && message.contains(": ")) {
      message = message.substring(message.indexOf(": ") + 2);
    }
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      String token = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      int index = text.indexOf("\"" + token + "\"");
      if (index >= 0) {
        int line = 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
        int column = index - text.lastIndexOf('\n', index - 1);
        return Problem.error(
            file, line, column, "schema-invalid", "invalid Avro schema: " + message);
      }
    }
    return ContractSchemaLoader.atFile(
        request, "schema-invalid", "invalid Avro schema " + request.spec().file() + ": " + message);
  }
}
