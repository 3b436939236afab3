package org.pactum.contracts.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.SqlCheck;

/**
 * Parses a {@code sql} check: a named single-statement query returning one number, which may use
 * the {@code {table}} and {@code {column}} placeholders, judged against min/max bounds.
 */
final class SqlCheckParser {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");
  private static final List<String> PLACEHOLDERS = List.of("table", "column");

  Optional<SqlCheck> parse(CheckArgs a) {
    Optional<String> name = a.required("name").flatMap(n -> a.name());
    Optional<CheckArgs.Column> column = a.optional("column").flatMap(n -> a.columnValue(n));
    Optional<String> query =
        a.required("query")
            .flatMap(
                n ->
                    a.ctx
                        .string(n, "query")
                        .filter(
                            q -> {
                              boolean ok = true;
                              if (q.isBlank()) {
                                a.error(n, "invalid-value", "query must not be empty");
                                return false;
                              }
                              Matcher m = PLACEHOLDER.matcher(q);
                              boolean usesTable = false;
                              while (m.find()) {
                                String p = m.group(1);
                                if (p.equals("table")) {
                                  usesTable = true;
                                } else if (p.equals("column")) {
                                  if (!a.map.has("column")) {
                                    a.error(
                                        n,
                                        "bad-placeholder",
                                        "query uses {column} but the check has no column");
                                    ok = false;
                                  }
                                } else {
                                  a.error(
                                      n,
                                      "bad-placeholder",
                                      "unknown placeholder {"
                                          + p
                                          + "}"
                                          + Suggestions.didYouMean(p, PLACEHOLDERS)
                                          + "; a query may use {table} and {column}");
                                  ok = false;
                                }
                              }
                              if (!usesTable) {
                                a.ctx.warning(
                                    n.position(),
                                    "sql-without-table",
                                    "query does not use {table}: a hard-coded"
                                        + " table name bypasses the dataset's table and load scope");
                              }
                              if (q.strip().replaceAll(";\\s*$", "").contains(";")) {
                                a.error(n, "invalid-value", "query must be a single statement");
                                ok = false;
                              }
                              return ok;
                            }));
    Bounds fail = a.bounds("min", "max");
    Bounds warn = a.bounds("warn_min", "warn_max");
    a.warnInsideFail(fail, warn);
    if (fail.isEmpty()
        && warn.isEmpty()
        && !a.map.has("min")
        && !a.map.has("max")
        && !a.map.has("warn_min")
        && !a.map.has("warn_max")) {
      a.ctx.error(
          a.map.position(),
          "missing-key",
          "sql needs min, max, warn_min or warn_max for the number its query returns");
    }
    if (name.isEmpty() || query.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SqlCheck(
            name.get(),
            query.get(),
            column.map(CheckArgs.Column::name).orElse(null),
            fail,
            warn,
            a.position));
  }
}
