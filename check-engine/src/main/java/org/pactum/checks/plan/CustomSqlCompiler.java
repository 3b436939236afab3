package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.SqlCheck;

/**
 * Compiles a contract's custom {@code sql} checks. The common shape, {@code select count(*) from
 * {table} where P}, is a count of the rows matching a predicate: it folds into the fused scan as
 * {@code count(*) filter (where P)} instead of scanning the table again. Only a plain predicate
 * folds — no subquery, no other clause, no comment, no parameter marker, nothing that could reach
 * outside the filter's parentheses; anything else runs as its own statement, as written.
 */
final class CustomSqlCompiler {
  private static final Pattern COUNT_WHERE =
      Pattern.compile(
          "\\s*select\\s+count\\s*\\(\\s*\\*\\s*\\)\\s+from\\s+\\{table}\\s+where\\s+(.+?)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Words that, outside quotes, mean the predicate is more than a row condition. */
  private static final Set<String> NOT_A_PREDICATE =
      Set.of(
          "select",
          "table",
          "values",
          "with",
          "group",
          "order",
          "having",
          "limit",
          "offset",
          "fetch",
          "union",
          "intersect",
          "except",
          "window",
          "over",
          "filter",
          "into",
          "returning");

  private final Dialect dialect;

  CustomSqlCompiler(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * The check's predicate with {@code {column}} substituted, when its query is a foldable {@code
   * select count(*) from {table} where P}.
   */
  Optional<Fragment> foldable(ResolvedCheck rc, SqlCheck c) {
    Matcher m = COUNT_WHERE.matcher(SqlText.stripTrailingSemicolons(c.query()));
    if (!m.matches()) {
      return Optional.empty();
    }
    String predicate = m.group(1);
    if (predicate.contains(SqlCheck.COLUMN_PLACEHOLDER)) {
      if (rc.columns().isEmpty()) {
        return Optional.empty(); // the separate statement reports the error
      }
      predicate = predicate.replace(SqlCheck.COLUMN_PLACEHOLDER, dialect.column(rc.column()));
    }
    return plainPredicate(predicate)
        ? Optional.of(Fragment.of("count(*) filter (where (" + predicate + "))"))
        : Optional.empty();
  }

  /** The check's query as its own statement, {@code {table}} scoped to the load. */
  PlannedQuery separate(ResolvedCheck rc, SqlCheck c, String tableSql, Fragment scope) {
    String query = SqlText.stripTrailingSemicolons(c.query());
    StringBuilder sql = new StringBuilder();
    List<Object> params = new ArrayList<>();
    String scoped =
        scope == null ? tableSql : "(select * from " + tableSql + " where (" + scope.sql() + "))";
    int i = 0;
    while (true) {
      int t = query.indexOf(SqlCheck.TABLE_PLACEHOLDER, i);
      int k = query.indexOf(SqlCheck.COLUMN_PLACEHOLDER, i);
      int next = t < 0 ? k : k < 0 ? t : Math.min(t, k);
      if (next < 0) {
        sql.append(query, i, query.length());
        break;
      }
      sql.append(query, i, next);
      if (next == t) {
        sql.append(scoped);
        if (scope != null) {
          params.addAll(scope.params());
        }
        i = next + SqlCheck.TABLE_PLACEHOLDER.length();
      } else {
        if (rc.columns().isEmpty()) {
          throw new CheckNotCompilable("the query uses {column} but the check names no column");
        }
        sql.append(dialect.column(rc.column()));
        i = next + SqlCheck.COLUMN_PLACEHOLDER.length();
      }
    }
    return new PlannedQuery(
        QueryKind.CUSTOM_SQL,
        List.of(rc.name()),
        sql.toString(),
        params,
        List.of(MetricKey.ofCheck("value", rc.name())));
  }

  /**
   * Whether {@code p} is a row condition that stays inside {@code filter (where (…))}: balanced
   * parentheses and quotes, no statement separator, comment, parameter marker, dollar quote or
   * placeholder for the table, and none of the {@link #NOT_A_PREDICATE} words outside quotes.
   */
  static boolean plainPredicate(String p) {
    int depth = 0;
    int i = 0;
    while (i < p.length()) {
      char ch = p.charAt(i);
      if (ch == '\'' || ch == '"') {
        int close = p.indexOf(ch, i + 1);
        while (close >= 0 && close + 1 < p.length() && p.charAt(close + 1) == ch) {
          close = p.indexOf(ch, close + 2); // a doubled quote is an escaped one
        }
        if (close < 0) {
          return false;
        }
        i = close + 1;
        continue;
      }
      if (ch == ';' || ch == '?' || ch == '$' || ch == '{' || ch == '}' || ch == '\\') {
        return false;
      }
      if ((ch == '-' || ch == '/') && i + 1 < p.length()) {
        char next = p.charAt(i + 1);
        if ((ch == '-' && next == '-') || (ch == '/' && next == '*')) {
          return false;
        }
      }
      if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth < 0) {
        return false;
      }
      if (Character.isLetter(ch) || ch == '_') {
        int end = i;
        while (end < p.length()
            && (Character.isLetterOrDigit(p.charAt(end)) || p.charAt(end) == '_')) {
          end++;
        }
        if (NOT_A_PREDICATE.contains(p.substring(i, end).toLowerCase(Locale.ROOT))) {
          return false;
        }
        i = end;
        continue;
      }
      i++;
    }
    return depth == 0;
  }
}
