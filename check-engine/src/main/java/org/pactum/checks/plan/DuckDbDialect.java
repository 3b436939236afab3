package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.warehouse.Identifier;
import org.pactum.warehouse.TableName;

/**
 * DuckDB: warehouse tables, or Parquet/CSV/JSON files in a lake through {@code
 * read_parquet('path')} and friends; regex with {@code regexp_matches} (RE2); everything, distinct
 * counts and medians included, in one fused scan. DuckDB has no read-only transactions on an open
 * connection, so custom queries must parse as a single {@code SELECT} ({@code json_serialize_sql}
 * refuses anything else), and timeouts cancel the statement from the client.
 */
public final class DuckDbDialect implements Dialect {
  private static final Pattern FILE_FUNCTION =
      Pattern.compile(
          "(read_parquet|read_csv|read_csv_auto|read_json|read_json_auto)\\s*\\(\\s*'((?:[^']|'')*)'\\s*\\)",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "duckdb";
  }

  @Override
  public TableRef table(String tableField) {
    TableReferences.requireName(tableField);
    String text = tableField.trim();
    Matcher m = FILE_FUNCTION.matcher(text);
    if (m.matches()) {
      String path = m.group(2).replace("''", "'");
      if (path.isEmpty() || path.chars().anyMatch(Character::isISOControl)) {
        throw new InvalidReferenceException(
            "dataset.table: the file path must be non-empty and free of control characters");
      }
      String function = m.group(1).toLowerCase(Locale.ROOT);
      return new TableRef(tableField, function + "(" + literal(path) + ")");
    }
    if (text.contains("(") && !TableName.isValid(text)) {
      throw new InvalidReferenceException(
          "dataset.table: '"
              + Identifier.printable(text)
              + "' is not a table reference; expected schema.table or one of"
              + " read_parquet('path'), read_csv('path'), read_json('path')");
    }
    return new TableRef(tableField, TableReferences.quoted(text));
  }

  /** A string literal with quotes doubled: DuckDB's table functions take constant paths. */
  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public ColumnKind kindOf(int jdbcType, String typeName) {
    String t = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
    if (t.startsWith("DECIMAL") || t.startsWith("NUMERIC")) {
      return ColumnKind.DECIMAL;
    }
    if (t.startsWith("TIMESTAMP WITH TIME ZONE") || t.equals("TIMESTAMPTZ")) {
      return ColumnKind.TIMESTAMP_TZ;
    }
    if (t.startsWith("TIMESTAMP")) {
      return ColumnKind.TIMESTAMP;
    }
    return switch (t) {
      case "TINYINT",
          "SMALLINT",
          "INTEGER",
          "BIGINT",
          "HUGEINT",
          "UTINYINT",
          "USMALLINT",
          "UINTEGER",
          "UBIGINT",
          "UHUGEINT" ->
          ColumnKind.INTEGER;
      case "FLOAT", "DOUBLE", "REAL" -> ColumnKind.FLOAT;
      case "VARCHAR", "TEXT", "STRING" -> ColumnKind.TEXT;
      case "BOOLEAN" -> ColumnKind.BOOLEAN;
      case "DATE" -> ColumnKind.DATE;
      default -> ColumnKind.OTHER;
    };
  }

  @Override
  public String column(ColumnInfo column) {
    StringBuilder sql = new StringBuilder(quote(column.name()));
    for (String field : column.path()) {
      sql.append('.').append(quote(field));
    }
    return sql.toString();
  }

  @Override
  public String regexMatches(String expr) {
    return "regexp_matches(" + expr + ", ?)";
  }

  @Override
  public String charLength(String expr) {
    return "length(" + expr + ")";
  }

  @Override
  public String asText(String expr) {
    return "cast(" + expr + " as varchar)";
  }

  @Override
  public String asDouble(String expr) {
    return "cast(" + expr + " as double)";
  }

  /**
   * A reservoir sample of the scope's non-null, finite values ({@code using sample reservoir(n
   * rows)}, one pass). DuckDB accepts only a constant there, so {@code n} — an integer from the
   * engine's settings, never from a contract — is written as a literal.
   */
  @Override
  public BoundSql sampleValues(
      String table, String x, String scope, List<Object> scopeParams, long scopeRows, int n) {
    List<Object> params = new ArrayList<>();
    // the sample clause applies to its FROM before its WHERE: filter one level down
    StringBuilder sql =
        new StringBuilder("select x from (select x from (select " + x + " as x from " + table);
    if (scope != null) {
      sql.append(" where (").append(scope).append(')');
      params.addAll(scopeParams);
    }
    sql.append(") as v where x is not null and ")
        .append(isFinite("x", ColumnKind.FLOAT).orElseThrow())
        .append(") as s\nusing sample reservoir(")
        .append(Math.max(2, n))
        .append(" rows)");
    return new BoundSql(sql.toString(), params);
  }

  @Override
  public Optional<String> isNan(String expr, ColumnKind kind) {
    return kind == ColumnKind.FLOAT ? Optional.of("isnan(" + expr + ")") : Optional.empty();
  }

  @Override
  public Optional<String> isFinite(String expr, ColumnKind kind) {
    return kind == ColumnKind.FLOAT ? Optional.of("isfinite(" + expr + ")") : Optional.empty();
  }

  @Override
  public String epochSeconds(String expr) {
    return "cast(epoch(" + expr + ") as double)";
  }

  @Override
  public String discreteQuantiles(String x, int count) {
    return "quantile_disc(" + x + ", [" + String.join(", ", Collections.nCopies(count, "?")) + "])";
  }

  @Override
  public String distinctSortedAbove(String list, String lo) {
    return "list_sort(list_distinct(list_filter(" + list + ", lambda u: u > " + lo + ")))";
  }

  /** No {@code width_bucket} over a list: the edges at or below {@code x}, counted. */
  @Override
  public String binOf(String x, String edges) {
    return "len(list_filter(" + edges + ", lambda u: u <= " + x + "))";
  }

  @Override
  public String median(String expr) {
    return "quantile_cont(" + expr + ", 0.5)";
  }

  @Override
  public boolean fusesSerialAggregates() {
    return true;
  }
}
