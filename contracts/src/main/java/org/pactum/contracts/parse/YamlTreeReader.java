package org.pactum.contracts.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * Reads YAML text into a {@link YamlNode} tree that keeps every value's line and column, using
 * Jackson's streaming YAML parser. Reports malformed YAML at the location the YAML parser gives,
 * duplicate keys, aliases and extra documents; the tree is empty only when the text is not
 * well-formed YAML.
 */
public final class YamlTreeReader {

  private static final Pattern MARK =
      Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*$");

  private final YAMLFactory factory = new YAMLFactory();

  /** The document's root node, or empty after reporting why there is none. */
  public Optional<YamlNode> read(String text, ProblemCollector problems) {
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.error(SourcePosition.of(1, 1), "empty-file", "the contract file is empty");
        return Optional.empty();
      }
      YamlNode root = readValue(parser, problems);
      JsonToken next = parser.nextToken();
      if (next != null) {
        problems.error(
            position(parser.currentTokenLocation()),
            "yaml-syntax",
            "a contract file holds one YAML document; found a second one");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      SourcePosition position =
          at == null
              ? SourcePosition.of(1, 1)
              : SourcePosition.of(at.getLineNr(), at.getColumnNr());
      problems.error(position, "yaml-syntax", "malformed YAML: " + describe(e));
      return Optional.empty();
    } catch (IOException e) {
      problems.error(SourcePosition.of(1, 1), "yaml-syntax", "cannot read YAML: " + e.getMessage());
      return Optional.empty();
    }
  }

  private YamlNode readValue(JsonParser parser, ProblemCollector problems) throws IOException {
    JsonToken token = parser.currentToken();
    SourcePosition at = position(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        return readMap(parser, at, problems);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, problems));
        }
        return new YamlList(items, at);
      default:
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.error(
              at,
              "yaml-alias",
              "YAML aliases (*"
                  + parser.getText()
                  + ") are not supported in contracts; "
                  + "write the value out");
        }
        return new YamlScalar(parser.getText(), kind(token), at);
    }
  }

  private YamlMap readMap(JsonParser parser, SourcePosition at, ProblemCollector problems)
      throws IOException {
    List<YamlMap.Entry> entries = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourcePosition keyAt = position(parser.currentTokenLocation());
      parser.nextToken();
      YamlNode value = readValue(parser, problems);
      SourcePosition first = seen.putIfAbsent(key, keyAt);
      if (first != null) {
        problems.error(
            keyAt,
            "duplicate-key",
            "duplicate key '" + key + "' (first defined at line " + first.line() + ")");
      } else {
        entries.add(new YamlMap.Entry(key, keyAt, value));
      }
    }
    return new YamlMap(entries, at);
  }

  private static YamlScalar.Kind kind(JsonToken token) {
    return switch (token) {
      case VALUE_NUMBER_INT -> YamlScalar.Kind.INTEGER;
      case VALUE_NUMBER_FLOAT -> YamlScalar.Kind.FLOAT;
      case VALUE_TRUE, VALUE_FALSE -> YamlScalar.Kind.BOOLEAN;
      case VALUE_NULL -> YamlScalar.Kind.NULL;
      default -> YamlScalar.Kind.STRING;
    };
  }

  private static SourcePosition position(JsonLocation location) {
    return SourcePosition.of(
        Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /**
   * Turns SnakeYAML's multi-line message ({@code context / mark / snippet / problem / mark}) into
   * one line: {@code expected ',' or ']', but got : (while parsing a flow sequence started at line
   * 1, column 4)}.
   */
  static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original == null) {
      return String.valueOf(e.getMessage());
    }
    List<String> texts = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    String[] lines = original.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher mark = MARK.matcher(line);
      if (mark.matches()) {
        marks.add("line " + mark.group(1) + ", column " + mark.group(2));
        i += 2; // skip the snippet and its caret
      } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        texts.add(line.trim());
        if (marks.size() < texts.size() - 1) {
          marks.add(null);
        }
      }
    }
    if (texts.isEmpty()) {
      return original.lines().findFirst().orElse("syntax error").trim();
    }
    if (texts.size() == 1) {
      return texts.get(0);
    }
    String context = texts.get(0);
    String contextMark = marks.isEmpty() ? null : marks.get(0);
    String problem = String.join("; ", texts.subList(1, texts.size()));
    return problem
        + " ("
        + context
        + (contextMark == null ? "" : " started at " + contextMark)
        + ")";
  }
}
