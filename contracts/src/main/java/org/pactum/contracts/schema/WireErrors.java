package org.pactum.contracts.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.problem.Problem;

/**
 * Wire's load errors turned into problems at the file, line and column they name, with every path
 * shown relative to the contract's folder and no server path in a message.
 */
final class WireErrors {
  private static final Pattern SYNTAX_ERROR =
      Pattern.compile("Syntax error in (.+?\\.proto):(\\d+):(\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern LOCATION = Pattern.compile("\\((\\S+?\\.proto):(\\d+):(\\d+)\\)");
  private static final Pattern MISSING_IMPORT = Pattern.compile("unable to find (\\S+)");
  private static final Pattern FOR_FILE = Pattern.compile("for file (\\S+\\.proto)");

  private WireErrors() {}

  /** One problem per error Wire reports, each at the location it names. */
  static List<Problem> schemaErrors(SchemaRequest request, ProtoPaths paths, String text) {
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

  private static Problem schemaError(SchemaRequest request, ProtoPaths paths, String error) {
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

  static Problem other(SchemaRequest request, ProtoPaths paths, RuntimeException e) {
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

  static String firstLine(String message) {
    return String.valueOf(message).lines().findFirst().orElse("");
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
