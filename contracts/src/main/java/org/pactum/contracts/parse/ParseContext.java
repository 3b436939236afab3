package org.pactum.contracts.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.contracts.model.SourceMap;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.problem.ProblemCollector;

/**
 * Typed, reporting access to a YAML tree: every accessor that finds something other than what it
 * expects records a problem at the offending node and returns empty, so parsing carries on and
 * reports every mistake in one pass. Also records where each element was written ({@link
 * SourceMap}).
 */
final class ParseContext {

  private final ProblemCollector problems;
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();

  ParseContext(ProblemCollector problems) {
    this.problems = problems;
  }

  ProblemCollector problems() {
    return problems;
  }

  SourceMap sourceMap() {
    return new SourceMap(positions);
  }

  void record(String path, SourcePosition at) {
    positions.putIfAbsent(path, at);
  }

  void error(SourcePosition at, String code, String message) {
    problems.error(at, code, message);
  }

  void warning(SourcePosition at, String code, String message) {
    problems.warning(at, code, message);
  }

  /** Reports every key of {@code map} that is not in {@code allowed}, with a suggestion. */
  void onlyKeys(YamlMap map, Collection<String> allowed, String where) {
    for (YamlMap.Entry e : map.entries()) {
      if (!allowed.contains(e.key())) {
        String suggestion = Suggestions.didYouMean(e.key(), allowed);
        String message =
            suggestion.isEmpty()
                ? "unknown key '"
                    + e.key()
                    + "' in "
                    + where
                    + "; expected one of: "
                    + String.join(", ", allowed)
                : "unknown key '" + e.key() + "'" + suggestion;
        problems.error(e.keyPosition(), "unknown-key", message);
      }
    }
  }

  /** The value of an optional key; an explicit null ({@code key:} or {@code key: ~}) is absent. */
  Optional<YamlNode> optional(YamlMap map, String key) {
    return map.get(key).filter(v -> !(v instanceof YamlScalar s && s.isNull()));
  }

  /** The value of a required key, reporting a missing key at the mapping or a null at the key. */
  Optional<YamlNode> required(YamlMap map, String key, String where) {
    Optional<YamlMap.Entry> entry = map.entry(key);
    if (entry.isEmpty()) {
      problems.error(
          map.position(), "missing-key", "missing required key '" + key + "' in " + where);
      return Optional.empty();
    }
    YamlNode value = entry.get().value();
    if (value instanceof YamlScalar s && s.isNull()) {
      problems.error(
          entry.get().keyPosition(), "missing-key", "'" + key + "' in " + where + " needs a value");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<YamlMap> map(YamlNode node, String key) {
    if (node instanceof YamlMap m) {
      return Optional.of(m);
    }
    wrongType(node, key, "a mapping");
    return Optional.empty();
  }

  Optional<YamlList> list(YamlNode node, String key) {
    if (node instanceof YamlList l) {
      return Optional.of(l);
    }
    wrongType(node, key, "a list");
    return Optional.empty();
  }

  /** A string scalar; numbers and booleans are not silently turned into strings. */
  Optional<String> string(YamlNode node, String key) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      return Optional.of(s.text());
    }
    wrongType(node, key, "a string");
    return Optional.empty();
  }

  /** Any non-null scalar's text (for names that may look like numbers, e.g. enum symbols). */
  Optional<String> scalarText(YamlNode node, String key) {
    if (node instanceof YamlScalar s && !s.isNull()) {
      return Optional.of(s.text());
    }
    wrongType(node, key, "a scalar value");
    return Optional.empty();
  }

  Optional<Double> number(YamlNode node, String key) {
    if (node instanceof YamlScalar s && s.isNumber()) {
      try {
        double value = Double.parseDouble(s.text().replace("_", ""));
        if (Double.isFinite(value)) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // fall through: YAML resolved it as a number Java cannot read (e.g. 0x1F, .inf)
      }
      problems.error(
          s.position(),
          "invalid-value",
          key + ": '" + s.text() + "' is not a finite decimal number");
      return Optional.empty();
    }
    wrongType(node, key, "a number");
    return Optional.empty();
  }

  Optional<Integer> integer(YamlNode node, String key) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.INTEGER) {
      try {
        return Optional.of(Integer.parseInt(s.text().replace("_", "")));
      } catch (NumberFormatException e) {
        problems.error(
            s.position(),
            "invalid-value",
            key + ": '" + s.text() + "' is not a whole number in range");
        return Optional.empty();
      }
    }
    wrongType(node, key, "a whole number");
    return Optional.empty();
  }

  /** A list of strings; a single string is not accepted in place of a list. */
  Optional<List<String>> strings(YamlNode node, String key) {
    Optional<YamlList> list = list(node, key);
    if (list.isEmpty()) {
      return Optional.empty();
    }
    boolean ok = true;
    ArrayList<String> out = new ArrayList<>();
    for (YamlNode item : list.get().items()) {
      Optional<String> s = string(item, key + " item");
      if (s.isPresent()) {
        out.add(s.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(out) : Optional.empty();
  }

  void wrongType(YamlNode node, String key, String expected) {
    problems.error(
        node.position(),
        "wrong-type",
        key + ": expected " + expected + ", found " + node.describe());
  }
}
