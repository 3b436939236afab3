package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dataset's {@code load_scope}: a predicate written by the contract owner (trusted SQL) whose
 * named parameters ({@code :since}, {@code :load_id}) are rewritten to {@code ?} and bound — values
 * are never concatenated. {@code ::} casts, string literals, quoted identifiers and comments are
 * left alone.
 *
 * @param sql the predicate with {@code ?} placeholders, or null for the whole table
 * @param parameterNames the name behind each placeholder, in order (a name may repeat)
 */
public record LoadScope(String sql, List<String> parameterNames) {
  private static final LoadScope WHOLE_TABLE = new LoadScope(null, List.of());

  public LoadScope {
    parameterNames = List.copyOf(parameterNames);
  }

  /**
   * Rewrites a {@code load_scope}.
   *
   * @throws ScopeException when the predicate holds more than one statement
   */
  public static LoadScope parse(String loadScope) {
    if (loadScope == null || loadScope.isBlank()) {
      return WHOLE_TABLE;
    }
    String text = loadScope.strip();
    if (!SqlText.singleStatement(text) || text.contains(";")) {
      throw new ScopeException("dataset.load_scope must be one SQL predicate, without ';'");
    }
    StringBuilder sql = new StringBuilder();
    List<String> names = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        int end = SqlText.skipQuoted(text, i, c);
        sql.append(text, i, Math.min(n, end + 1));
        i = end;
      } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        throw new ScopeException("dataset.load_scope must not contain comments");
      } else if (c == ':' && i + 1 < n && text.charAt(i + 1) == ':') {
        sql.append("::");
        i++;
      } else if (c == ':'
          && i + 1 < n
          && isNameStart(text.charAt(i + 1))
          && (i == 0 || !isNamePart(text.charAt(i - 1)))) {
        int j = i + 1;
        while (j < n && isNamePart(text.charAt(j))) {
          j++;
        }
        names.add(text.substring(i + 1, j));
        sql.append('?');
        i = j - 1;
      } else {
        sql.append(c);
      }
    }
    return new LoadScope(sql.toString(), names);
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  boolean wholeTable() {
    return sql == null;
  }

  /**
   * The predicate with its values, for one run.
   *
   * @throws ScopeException naming the parameters the run did not supply
   */
  public Fragment bind(Map<String, Object> params) {
    if (sql == null) {
      return null;
    }
    Set<String> missing = new TreeSet<>();
    List<Object> values = new ArrayList<>();
    for (String name : parameterNames) {
      if (!params.containsKey(name) || params.get(name) == null) {
        missing.add(name);
      } else {
        values.add(params.get(name));
      }
    }
    if (!missing.isEmpty()) {
      throw new ScopeException(
          "dataset.load_scope uses "
              + String.join(", ", missing.stream().map(m -> ":" + m).toList())
              + " but the run request gave no value for "
              + (missing.size() == 1 ? "it" : "them"));
    }
    return new Fragment(sql, values);
  }
}
