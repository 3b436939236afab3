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
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern SYNTAX_ERROR =
      Pattern.compile("Syntax error in (.+?\\.proto):(\\d+):(\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern LOCATION = Pattern.compile("\\((\\S+?\\.proto):(\\d+):(\\d+)\\)");
  private static final Pattern MISSING_IMPORT = Pattern.compile("unable to find (\\S+)");
  private static final Pattern FOR_FILE = Pattern.compile("for file (\\S+\\.proto)");

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
    Paths paths =
        new Paths(
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
      return SchemaLoadResult.failed(schemaErrors(request, paths, e.getMessage()));
    } catch (IllegalStateException | IllegalArgumentException e) {
      return SchemaLoadResult.failed(List.of(other(request, paths, e)));
    } catch (
        Exception e) { // Kotlin code may throw undeclared checked exceptions (okio IOException)
      return ContractSchemaLoader.failed(
          request,
          "schema-invalid",
          "cannot load " + request.spec().file() + ": " + paths.scrub(firstLine(e.getMessage())));
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

  /** One problem per error Wire reports, each at the location it names. */
  private static List<Problem> schemaErrors(SchemaRequest request, Paths paths, String text) {
    List<Problem> problems = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    StringBuilder current = null;
    for (String line : text.split("\\R")) {
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
        if (current != null) {
          errors.add(current.toString());
        }
        current = new StringBuilder(line);
      } else if (current != null) {
        current.append('\n').append(line);
      }
    }
    if (current != null) {
      errors.add(current.toString());
    }
    for (String error : errors) {
      problems.add(schemaError(request, paths, error));
    }
    return problems;
  }

  private static Problem schemaError(SchemaRequest request, Paths paths, String error) {
    String[] lines = error.split("\n");
    String headline = lines[0].trim();
    Matcher missing = MISSING_IMPORT.matcher(headline);
    Matcher forFile = FOR_FILE.matcher(error);
    if (missing.find() && forFile.find()) {
      String importPath = missing.group(1);
      Path importer = Path.of(forFile.group(1));
      Path shown = paths.display(importer);
      Refusal refusal = paths.refusal(importPath);
      if (refusal != null) {
        SourcePosition line = importLine(importer, importPath);
        return ContractSchemaLoader.atFile(
            request,
            "proto-import-outside",
            refusal.message(
                "import",
                importPath,
                " on line " + line.line() + " of " + paths.relative(importer)));
      }
      SourcePosition at = importLine(importer, importPath);
      return Problem.error(
          shown,
          at.line(),
          at.column(),
          "proto-import-missing",
          "import \""
              + importPath
              + "\" not found: imports resolve relative to the contract's folder"
              + " (and google/protobuf/*.proto are built in)");
    }
    Matcher location = LOCATION.matcher(error);
    String context =
        lines.length > 1
            ? " (" + paths.scrub(LOCATION.matcher(lines[1].trim()).replaceAll("").trim()) + ")"
            : "";
    if (location.find()) {
      Path at = paths.display(Path.of(location.group(1)));
      return Problem.error(
          at,
          Integer.parseInt(location.group(2)),
          Integer.parseInt(location.group(3)),
          "schema-invalid",
          paths.scrub(headline) + context);
    }
    return ContractSchemaLoader.atFile(
        request,
        "schema-invalid",
        "invalid Protobuf schema "
            + request.spec().file()
            + ": "
            + paths.scrub(headline)
            + context);
  }

  private static Problem other(SchemaRequest request, Paths paths, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    Matcher syntax = SYNTAX_ERROR.matcher(message);
    if (syntax.find()) {
      Path at = paths.display(Path.of(syntax.group(1)));
      return Problem.error(
          at,
          Integer.parseInt(syntax.group(2)),
          Integer.parseInt(syntax.group(3)),
          "schema-invalid",
          "Protobuf syntax error: " + paths.scrub(firstLine(syntax.group(4)).trim()));
    }
    return ContractSchemaLoader.atFile(
        request,
        "schema-invalid",
        "invalid Protobuf schema "
            + request.spec().file()
            + ": "
            + paths.scrub(firstLine(message)));
  }

  private static String firstLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("");
  }

  /**
   * The contract's folder as Wire sees it (absolute), its real path, and as the user gave it, and
   * the file system Wire reads through. Every path in a problem is shown relative to the folder as
   * given, and every message is scrubbed of the absolute folder, so no server path reaches a
   * client.
   */
  private record Paths(Path dir, Path real, Path displayBase, ConfinedFileSystem fileSystem) {

    /** A Wire location (absolute) shown relative to the contract's folder as the user gave it. */
    Path display(Path absolute) {
      Path normalized = absolute.toAbsolutePath().normalize();
      return normalized.startsWith(dir)
          ? displayBase.resolve(dir.relativize(normalized))
          : Path.of(String.valueOf(absolute.getFileName()));
    }

    /** A Wire location relative to the contract's folder, with {@code /}. */
    String relative(Path absolute) {
      Path normalized = absolute.toAbsolutePath().normalize();
      Path shown =
          normalized.startsWith(dir) ? dir.relativize(normalized) : normalized.getFileName();
      return String.valueOf(shown).replace('\\', '/');
    }

    /** Why an import, as written, is kept from Wire; null when it is not. */
    Refusal refusal(String importPath) {
      Refusal lexical = Refusal.of(importPath);
      if (lexical != null) {
        return lexical;
      }
      return fileSystem.refuses(okio.Path.get(dir.toString()).resolve(importPath))
          ? Refusal.SYMLINK // relative, without '..': only a link can take it out of the root
          : null;
    }

    /** The message with the real folder (and the folder as given, if absolute) taken out. */
    String scrub(String message) {
      String out = message;
      for (Path base : List.of(dir, real)) {
        String b = base.toString();
        if (b.length() > 1) {
          out = out.replace(b + File.separator, "").replace(b, ".");
        }
      }
      return out;
    }
  }

  /** Where {@code import "path";} is written in {@code file}, or 1:1. */
  private static SourcePosition importLine(Path file, String importPath) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int quote = line.indexOf("\"" + importPath + "\"");
        if (line.stripLeading().startsWith("import") && quote >= 0) {
          return SourcePosition.of(i + 1, quote + 1);
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the file's start
    }
    return SourcePosition.of(1, 1);
  }
}
