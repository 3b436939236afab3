package org.pactum.registry.core.protobuf;

import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Linker;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.SchemaException;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.schema.InvalidSchemaException;
import org.pactum.registry.core.schema.NestingDepth;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.SchemaParser;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * Parses .proto texts in memory with Wire's {@link ProtoParser} and links them with Wire's {@link
 * Linker}: the main text under its source name, each reference under its import path, and the
 * {@code google/protobuf} well-known types from Wire's jar. Unknown types, missing imports,
 * duplicate tags and other linking errors are {@link InvalidSchemaException}s.
 */
public final class ProtobufSchemaParser implements SchemaParser {

  /** Wire: "Syntax error in payment.proto:3:5: expected '{'". Linker: "(payment.proto:3:5)". */
  private static final Pattern POSITION = Pattern.compile("([^\\s():]+\\.proto):(\\d+):(\\d+)");

  private final ParseLimits limits;

  public ProtobufSchemaParser(ParseLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public ProtobufSchemaParser() {
    this(ParseLimits.DEFAULT);
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.PROTOBUF;
  }

  @Override
  public ProtobufParsedSchema parse(String text) {
    return parse(defaultSourceName(), text, List.of());
  }

  @Override
  public ProtobufParsedSchema parse(String text, List<SchemaReference> references) {
    return parse(defaultSourceName(), text, references);
  }

  @Override
  public String defaultSourceName() {
    return "schema.proto";
  }

  @Override
  public ProtobufParsedSchema parse(
      String sourceName, String text, List<SchemaReference> references) {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(references, "references");
    limits.checkSize(text, references);

    Map<String, ProtoFile> files = new LinkedHashMap<>();
    for (SchemaReference reference : references) {
      if (reference.name().equals(sourceName)) {
        throw new InvalidSchemaException(
            "reference \"" + reference.name() + "\" has the same path as the schema itself");
      }
      if (files.containsKey(reference.name())) {
        throw new InvalidSchemaException(
            "two references have the path \"" + reference.name() + "\"");
      }
      files.put(reference.name(), ProtoFile.Companion.get(parseElement(reference)));
    }
    ProtoFileElement element = parseElement(new SchemaReference(sourceName, text));
    ProtoFile main = ProtoFile.Companion.get(element);
    files.put(sourceName, main);

    ErrorCollector errors = new ErrorCollector();
    Schema schema;
    try {
      Linker linker = new Linker(new InMemoryProtoLoader(files, errors), errors, false, true);
      schema = linker.link(List.of(main));
      errors.throwIfNonEmpty();
    } catch (SchemaException e) {
      throw positioned("invalid Protobuf schema: " + e.getMessage().strip(), e);
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException(sourceName + ": schema nests too deeply to link", e);
    } catch (RuntimeException e) {
      throw positioned("invalid Protobuf schema: " + message(e), e);
    }
    ProtoFile linked = schema.protoFile(sourceName);
    return new ProtobufParsedSchema(
        schema, linked == null ? main : linked, text, references, canonical(element));
  }

  private ProtoFileElement parseElement(SchemaReference file) {
    if (file.text().isBlank()) {
      // An empty .proto is legal, but never a useful registry schema.
      throw new InvalidSchemaException(file.name() + ": empty schema", file.name(), 0, 0, null);
    }
    NestingDepth.checkProto(file.text(), limits.maxNestingDepth(), file.name());
    try {
      return ProtoParser.Companion.parse(Location.get("", file.name()), file.text());
    } catch (StackOverflowError e) {
      throw new InvalidSchemaException(file.name() + ": schema nests too deeply", e);
    } catch (RuntimeException e) {
      throw positioned(message(e), e);
    }
  }

  private static InvalidSchemaException positioned(String message, Throwable cause) {
    Matcher m = POSITION.matcher(message);
    if (m.find()) {
      return new InvalidSchemaException(
          message, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), cause);
    }
    return new InvalidSchemaException(message, cause);
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
  }

  /** Wire's rendering minus its two header comment lines (they name the source file). */
  static String canonical(ProtoFileElement element) {
    String rendered = element.toSchema();
    StringBuilder out = new StringBuilder(rendered.length());
    boolean header = true;
    for (String line : rendered.split("\n", -1)) {
      if (header
          && (line.startsWith("// Proto schema formatted by Wire")
              || line.startsWith("// Source: "))) {
        continue;
      }
      if (header && line.isEmpty()) {
        continue;
      }
      header = false;
      out.append(line).append('\n');
    }
    return out.toString().strip() + "\n";
  }
}
