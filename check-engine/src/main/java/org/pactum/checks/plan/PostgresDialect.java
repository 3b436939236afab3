package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pactum.warehouse.Identifier;
import org.pactum.warehouse.TableName;

/**
 * PostgreSQL: regex with {@code ~} (POSIX ARE), NaN as a value of {@code float8}/{@code numeric}
 * that sorts above every number, read-only transactions with a server-side {@code
 * statement_timeout}, and distinct counts and medians kept out of the fused scan (they disable
 * parallel aggregation).
 */
public final class PostgresDialect implements Dialect {
  private static final Set<String> TEXT_TYPES =
      Set.of("text", "varchar", "bpchar", "name", "citext");

  @Override
  public String name() {
    return "postgresql";
  }

  @Override
  public TableRef table(String tableField) {
    TableReferences.requireName(tableField);
    if (tableField.contains("(") && !TableName.isValid(tableField)) {
      throw new InvalidReferenceException(
          "dataset.table: '"
              + Identifier.printable(tableField)
              + "' is a file function; read_parquet/read_csv are only supported on DuckDB"
              + " datasources");
    }
    return new TableRef(tableField, TableReferences.quoted(tableField));
  }

  @Override
  public ColumnKind kindOf(int jdbcType, String typeName) {
    String t = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    return switch (t) {
      case "int2", "int4", "int8", "smallint", "integer", "bigint", "serial", "bigserial" ->
          ColumnKind.INTEGER;
      case "numeric", "decimal" -> ColumnKind.DECIMAL;
      case "float4", "float8", "real", "double precision" -> ColumnKind.FLOAT;
      case "bool", "boolean" -> ColumnKind.BOOLEAN;
      case "date" -> ColumnKind.DATE;
      case "timestamp" -> ColumnKind.TIMESTAMP;
      case "timestamptz" -> ColumnKind.TIMESTAMP_TZ;
      default -> TEXT_TYPES.contains(t) ? ColumnKind.TEXT : ColumnKind.OTHER;
    };
  }

  @Override
  public String regexMatches(String expr) {
    return expr + " ~ ?";
  }

  @Override
  public String charLength(String expr) {
    return "char_length(" + expr + ")";
  }

  @Override
  public String asText(String expr) {
    return "cast(" + expr + " as text)";
  }

  @Override
  public String asDouble(String expr) {
    return "cast(" + expr + " as double precision)";
  }

  /**
   * The sample aims at {@value #OVERSAMPLE} × {@code n} rows (room for nulls, non-finite values and
   * sampling variance), then shuffles them and keeps {@code n}.
   */
  static final int OVERSAMPLE = 3;

  /**
   * A block sample reads at least this many rows' worth of pages: a handful of pages would make the
   * values of a few pages — often loaded together — stand for the whole scope.
   */
  static final long SYSTEM_MIN_SAMPLE_ROWS = 20_000;

  /** Block sampling only when it reads at most 1/20 of the pages; else row sampling. */
  static final long SYSTEM_MIN_RATIO = 20;

  /**
   * {@code tablesample} with a rate from the scope's row count: a scope of at most 2 × {@value
   * #OVERSAMPLE} × {@code n} rows is read whole; one more than {@value #SYSTEM_MIN_RATIO} times
   * larger than the rows wanted ({@code max(3n, 20,000)}) by block ({@code system}: reads only the
   * sampled pages); sizes between row by row ({@code bernoulli}: reads every page, no clustering).
   * The rate applies to the whole table before the scope's filter, so a rate from the scope's own
   * row count keeps about the wanted number of scope rows.
   */
  @Override
  public BoundSql sampleValues(
      String table, String x, String scope, List<Object> scopeParams, long scopeRows, int n) {
    List<Object> params = new ArrayList<>();
    String sampling = "";
    long want = (long) OVERSAMPLE * n;
    long blockWant = Math.max(want, SYSTEM_MIN_SAMPLE_ROWS);
    if (scopeRows > SYSTEM_MIN_RATIO * blockWant) {
      sampling = " tablesample system (cast(? as real))";
      params.add(100.0 * blockWant / scopeRows);
    } else if (scopeRows > 2 * want) {
      sampling = " tablesample bernoulli (cast(? as real))";
      params.add(100.0 * want / scopeRows);
    }
    StringBuilder sql =
        new StringBuilder("select x from (select " + x + " as x from " + table + sampling);
    if (scope != null) {
      sql.append(" where (").append(scope).append(')');
      params.addAll(scopeParams);
    }
    sql.append(") as s\nwhere x is not null and ")
        .append(isFinite("x", ColumnKind.FLOAT).orElseThrow())
        .append(" order by random() limit ?");
    params.add(n);
    return new BoundSql(sql.toString(), params);
  }

  @Override
  public Optional<String> isNan(String expr, ColumnKind kind) {
    // NaN = NaN is true in PostgreSQL, and NaN sorts above every number: "x <= max" passes NaN.
    return holdsNan(kind) ? Optional.of(expr + " = 'NaN'") : Optional.empty();
  }

  @Override
  public Optional<String> isFinite(String expr, ColumnKind kind) {
    return holdsNan(kind)
        ? Optional.of(expr + " not in ('NaN', 'Infinity', '-Infinity')")
        : Optional.empty();
  }

  @Override
  public Optional<String> uniqueKeysQuery() {
    // indisvalid: not a failed CREATE INDEX CONCURRENTLY; only the first indnkeyatts columns are
    // keys (the rest are INCLUDE columns). NULLS NOT DISTINCT only makes an index stricter.
    return Optional.of(
        """
        select i.indexrelid, a.attname
        from pg_catalog.pg_index i
        cross join lateral unnest(i.indkey) with ordinality as k(attnum, position)
        join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = to_regclass(?)
          and i.indisunique and i.indisvalid
          and i.indpred is null and i.indexprs is null
          and k.position <= i.indnkeyatts""");
  }

  @Override
  public Optional<String> nonFiniteProbe(String expr, ColumnKind kind) {
    // NaN sorts above 'Infinity' and '-Infinity' below every number, so the column's max and min
    // tell whether it holds any of the three. PostgreSQL computes identical aggregates of a
    // statement once: when a check asks for the column's min or max too, the probe adds nothing
    // per row (a filtered count would cost two comparisons per row).
    return holdsNan(kind)
        ? Optional.of(
            "case when max("
                + expr
                + ") >= 'Infinity' or min("
                + expr
                + ") <= '-Infinity' then 1 else 0 end")
        : Optional.empty();
  }

  @Override
  public boolean distinctViaGroupBy() {
    return true;
  }

  /**
   * {@code float8} and {@code numeric} both have NaN and ±Infinity (numeric since PostgreSQL 14).
   */
  private static boolean holdsNan(ColumnKind kind) {
    return kind == ColumnKind.FLOAT || kind == ColumnKind.DECIMAL;
  }

  @Override
  public String epochSeconds(String expr) {
    return "cast(extract(epoch from " + expr + ") as double precision)";
  }

  @Override
  public String discreteQuantiles(String x, int count) {
    return "percentile_disc(array["
        + String.join(", ", Collections.nCopies(count, "?"))
        + "]::double precision[]) within group (order by "
        + x
        + ")";
  }

  @Override
  public String distinctSortedAbove(String list, String lo) {
    return "array(select distinct u from unnest("
        + list
        + ") as u where u > "
        + lo
        + " order by u)";
  }

  /** {@code width_bucket(x, edges)}: a binary search over the edges. */
  @Override
  public String binOf(String x, String edges) {
    return "coalesce(width_bucket(" + x + ", " + edges + "), 0)";
  }

  @Override
  public String median(String expr) {
    return "percentile_cont(0.5) within group (order by " + expr + ")";
  }

  @Override
  public boolean fusesSerialAggregates() {
    return false;
  }
}
