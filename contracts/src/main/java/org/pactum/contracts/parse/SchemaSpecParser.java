package org.pactum.contracts.parse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.contracts.model.SchemaSpec;

/**
 * Parses a contract's {@code schema:} section: the format (Avro or Protobuf), the schema file with
 * the extension its format needs, the Protobuf message, and the compatibility mode.
 */
final class SchemaSpecParser {

  static final List<String> SCHEMA_KEYS = List.of("format", "file", "message", "compatibility");

  private SchemaSpecParser() {}

  static SchemaSpec parse(YamlMap map, ParseContext ctx) {
    ctx.onlyKeys(map, SCHEMA_KEYS, "schema");
    ContractParser.record(map, "schema", ctx);
    SchemaFormat format =
        ctx.required(map, "format", "schema")
            .flatMap(
                n ->
                    ctx.string(n, "format")
                        .flatMap(
                            s -> {
                              Optional<SchemaFormat> f = SchemaFormat.parse(s);
                              if (f.isEmpty()) {
                                ctx.error(
                                    n.position(),
                                    "invalid-value",
                                    ContractParser.oneOf(
                                        "schema format", s, List.of("avro", "protobuf")));
                              }
                              return f;
                            }))
            .orElse(null);
    String file =
        ctx.required(map, "file", "schema").flatMap(n -> ctx.string(n, "file")).orElse(null);
    if (file != null && format != null) {
      String expected = format == SchemaFormat.AVRO ? ".avsc" : ".proto";
      if (!file.toLowerCase(Locale.ROOT).endsWith(expected)) {
        // the file's name only: a path written to reach outside the folder is not repeated
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        ctx.error(
            map.get("file").orElseThrow().position(),
            "invalid-value",
            "schema file '"
                + name
                + "' of a "
                + format.name().toLowerCase(Locale.ROOT)
                + " contract must be a "
                + expected
                + " file");
      }
    }
    String message = null;
    if (format == SchemaFormat.PROTOBUF) {
      message =
          ctx.required(map, "message", "schema (protobuf needs the message name)")
              .flatMap(n -> ctx.string(n, "message"))
              .orElse(null);
    } else if (format == SchemaFormat.AVRO && map.has("message")) {
      ctx.error(
          map.entry("message").orElseThrow().keyPosition(),
          "invalid-value",
          "schema.message applies to protobuf only; an Avro contract's schema is its top-level record");
    }
    CompatibilityMode compatibility =
        ctx.optional(map, "compatibility")
            .flatMap(
                n ->
                    ctx.string(n, "compatibility")
                        .flatMap(
                            s -> {
                              Optional<CompatibilityMode> mode = CompatibilityMode.parse(s);
                              if (mode.isEmpty()) {
                                ctx.error(
                                    n.position(),
                                    "invalid-value",
                                    "unknown compatibility mode '"
                                        + s
                                        + "'"
                                        + Suggestions.didYouMean(
                                            s.toUpperCase(Locale.ROOT), CompatibilityMode.names())
                                        + "; expected one of: "
                                        + String.join(", ", CompatibilityMode.names()));
                              }
                              return mode;
                            }))
            .orElse(SchemaSpec.DEFAULT_COMPATIBILITY);
    return new SchemaSpec(format, file, message, compatibility);
  }
}
