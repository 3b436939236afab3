package org.pactum.contracts.schema;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.SchemaException;
import com.squareup.wire.schema.SchemaLoader;
import com.squareup.wire.schema.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.FileSystem;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.parse.Suggestions;
import org.pactum.contracts.problem.Problem;

/**
 * Loads a {@code .proto} file with Square Wire's parser and linker (no {@code protoc}): the
 * contract's folder is the proto path, so imports resolve relative to it, and the well-known types
 * ({@code google/protobuf/*.proto}) come bundled with Wire. Flattens the contract's message into
 * {@link SchemaField}s.
 */
public final class ProtobufSchemaLoader {

  /** Well-known message types that hold one value, and the kind of that value. */
  private static final Map<ProtoType, FieldKind> WELL_KNOWN =
      Map.ofEntries(
          Map.entry(ProtoType.TIMESTAMP, FieldKind.TIMESTAMP),
          Map.entry(ProtoType.get("google.type.Date"), FieldKind.DATE),
          Map.entry(ProtoType.get("google.type.TimeOfDay"), FieldKind.TIME),
          Map.entry(ProtoType.get("google.type.Decimal"), FieldKind.DECIMAL),
          Map.entry(ProtoType.STRING_VALUE, FieldKind.STRING),
          Map.entry(ProtoType.BYTES_VALUE, FieldKind.BYTES),
          Map.entry(ProtoType.BOOL_VALUE, FieldKind.BOOLEAN),
          Map.entry(ProtoType.INT32_VALUE, FieldKind.INTEGER),
          Map.entry(ProtoType.INT64_VALUE, FieldKind.INTEGER),
          Map.entry(ProtoType.UINT32_VALUE, FieldKind.INTEGER),
          Map.entry(ProtoType.UINT64_VALUE, FieldKind.INTEGER),
          Map.entry(ProtoType.FLOAT_VALUE, FieldKind.FLOAT),
          Map.entry(ProtoType.DOUBLE_VALUE, FieldKind.FLOAT));

  SchemaLoadResult load(SchemaRequest request, Path file, String text) {
    // Wire sees the contract's folder as its only proto path, through a file system that shows it
    // nothing outside the contract's root (ContractSchemaLoader checked the file itself).
    Path given = request.contractDir().toAbsolutePath().normalize();
    Path real = ContractRoot.real(request.contractDir());
    ProtoPaths paths =
        new ProtoPaths(
            given,
            real,
            request.contractDir(),
            new ConfinedFileSystem(FileSystem.SYSTEM, request.root(), given, real));
    String relativePath = Path.of(request.spec().file()).normalize().toString().replace('\\', '/');
    Schema schema;
    try {
      SchemaLoader loader = new SchemaLoader(paths.fileSystem());
      // Keep every field of imported messages; by default Wire retains only what the source
      // file's own declarations reach, which would hide nested columns such as amount.units.
      loader.setLoadExhaustively(true);
      loader.initRoots(
          List.of(Location.get(paths.dir().toString(), relativePath)),
          List.of(Location.get(paths.dir().toString())));
      schema = loader.loadSchema();
    } catch (SchemaException e) {
      return SchemaLoadResult.failed(WireErrors.schemaErrors(request, paths, e.getMessage()));
    } catch (IllegalStateException | IllegalArgumentException e) {
      return SchemaLoadResult.failed(List.of(WireErrors.other(request, paths, e)));
    } catch (
        Exception e) { // Kotlin code may throw undeclared checked exceptions (okio IOException)
      return ContractSchemaLoader.failed(
          request,
          "schema-invalid",
          "cannot load "
              + request.spec().file()
              + ": "
              + paths.scrub(WireErrors.firstLine(e.getMessage())));
    }
    ProtoFile protoFile = schema.protoFile(relativePath);
    if (protoFile == null) {
      return ContractSchemaLoader.failed(
          request, "schema-invalid", "Wire did not load " + request.spec().file());
    }
    Optional<MessageType> message = findMessage(request, schema, protoFile);
    if (message.isEmpty()) {
      return SchemaLoadResult.failed(List.of(unknownMessage(request, schema, protoFile)));
    }
    return SchemaLoadResult.loaded(
        new ProtobufContractSchema(
            file, text, schema, message.get(), flatten(schema, message.get())));
  }

  /** The fields of a message, nested messages as dotted paths, depth first. */
  public static List<SchemaField> flatten(Schema schema, MessageType message) {
    List<SchemaField> out = new ArrayList<>();
    Deque<ProtoType> stack = new ArrayDeque<>();
    stack.push(message.getType());
    flatten(schema, message, "", false, stack, out);
    return out;
  }

  private static void flatten(
      Schema schema,
      MessageType message,
      String prefix,
      boolean inRepeated,
      Deque<ProtoType> stack,
      List<SchemaField> out) {
    for (Field field : message.getFieldsAndOneOfFields()) {
      ProtoType type = field.getType();
      String path = prefix + field.getName();
      boolean repeated = inRepeated || field.isRepeated();
      Field.Label label = field.getLabel();
      boolean nullable =
          label == Field.Label.OPTIONAL || label == Field.Label.ONE_OF || field.isOneOf();
      FieldKind kind;
      List<String> symbols = List.of();
      MessageType nested = null;
      if (type.isMap()) {
        kind = FieldKind.MAP;
      } else if (type.isScalar()) {
        kind = scalarKind(type);
      } else {
        Type resolved = schema.getType(type);
        if (resolved instanceof EnumType e) {
          kind = FieldKind.ENUM;
          symbols = e.getConstants().stream().map(EnumConstant::getName).toList();
        } else {
          nullable = nullable || !field.isRepeated();
          kind = WELL_KNOWN.getOrDefault(type, FieldKind.RECORD);
          if (kind == FieldKind.RECORD
              && resolved instanceof MessageType m
              && !type.toString().startsWith("google.protobuf.")) {
            nested = m;
          }
        }
      }
      out.add(new SchemaField(path, field.getName(), kind, nullable, repeated, symbols));
      if (nested != null && !stack.contains(type)) {
        stack.push(type);
        flatten(schema, nested, path + ".", repeated, stack, out);
        stack.pop();
      }
    }
  }

  private static FieldKind scalarKind(ProtoType type) {
    if (type.equals(ProtoType.STRING)) {
      return FieldKind.STRING;
    }
    if (type.equals(ProtoType.BYTES)) {
      return FieldKind.BYTES;
    }
    if (type.equals(ProtoType.BOOL)) {
      return FieldKind.BOOLEAN;
    }
    if (type.equals(ProtoType.FLOAT) || type.equals(ProtoType.DOUBLE)) {
      return FieldKind.FLOAT;
    }
    return FieldKind.INTEGER;
  }

  /**
   * The contract's message: a fully qualified name anywhere in the linked schema, or a name
   * relative to the file's package, or a simple name that exactly one message of the file has.
   */
  private static Optional<MessageType> findMessage(
      SchemaRequest request, Schema schema, ProtoFile file) {
    String wanted = request.spec().message();
    List<MessageType> candidates = new ArrayList<>();
    for (String name :
        List.of(
            wanted,
            file.getPackageName() == null ? wanted : file.getPackageName() + "." + wanted)) {
      if (schema.getType(name) instanceof MessageType m) {
        return Optional.of(m);
      }
    }
    for (MessageType m : messages(file)) {
      if (m.getType().getSimpleName().equals(wanted)) {
        candidates.add(m);
      }
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static Problem unknownMessage(SchemaRequest request, Schema schema, ProtoFile file) {
    String wanted = request.spec().message();
    List<String> names = messages(file).stream().map(m -> m.getType().toString()).toList();
    List<String> simple = messages(file).stream().map(m -> m.getType().getSimpleName()).toList();
    String message;
    if (schema.getType(wanted) instanceof EnumType) {
      message = "schema.message '" + wanted + "' names an enum, not a message";
    } else if (simple.stream().filter(wanted::equals).count() > 1) {
      message =
          "schema.message '"
              + wanted
              + "' is ambiguous in "
              + request.spec().file()
              + "; use the qualified name, one of: "
              + String.join(", ", names);
    } else {
      String suggestion =
          Suggestions.closest(wanted, names)
              .or(() -> Suggestions.closest(wanted, simple))
              .map(s -> " (did you mean '" + s + "'?)")
              .orElse("");
      message =
          "message '"
              + wanted
              + "' not found in "
              + request.spec().file()
              + suggestion
              + (names.isEmpty()
                  ? "; the file declares no messages"
                  : "; it declares: " + String.join(", ", names));
    }
    SourcePosition at = request.messageAt();
    return Problem.error(
        request.contractFile(), at.line(), at.column(), "unknown-message", message);
  }

  private static List<MessageType> messages(ProtoFile file) {
    List<MessageType> out = new ArrayList<>();
    Deque<Type> todo = new ArrayDeque<>(file.getTypes());
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof MessageType m) {
        out.add(m);
      }
      todo.addAll(t.getNestedTypes());
    }
    return out;
  }
}
