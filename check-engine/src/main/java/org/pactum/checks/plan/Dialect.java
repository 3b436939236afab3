package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.warehouse.Identifier;
import org.pactum.warehouse.InvalidIdentifierException;

/**
 * The SQL text that differs between the databases the engine checks: it only produces SQL text and
 * bind lists. Identifiers are validated and quoted here; values are always bound as parameters
 * ({@code ?}). Running statements, session control and failure classification are {@code
 * warehouse}'s ({@code SessionControl}).
 */
public interface Dialect {

  /** {@code postgresql} or {@code duckdb}. */
  String name();

  /**
   * Validates one identifier by the shared rules ({@link Identifier}) and quotes it ({@code
   * "a""b"}).
   *
   * @throws InvalidReferenceException when the rules refuse it
   */
  default String quote(String identifier) {
    try {
      return Identifier.quote(identifier);
    } catch (InvalidIdentifierException e) {
      throw new InvalidReferenceException(e.getMessage());
    }
  }

  /**
   * Validates a contract's {@code dataset.table} by the shared rules ({@link
   * org.pactum.warehouse.TableName}): {@code table}, {@code schema.table} or {@code
   * catalog.schema.table} (parts may be double-quoted), and on DuckDB also {@code
   * read_parquet('path')} / {@code read_csv('path')}.
   *
   * @throws InvalidReferenceException naming the contract field
   */
  TableRef table(String tableField);

  /** The SQL reference to a column (or a field of a struct column). */
  default String column(ColumnInfo column) {
    StringBuilder sql = new StringBuilder(quote(column.name()));
    if (!column.path().isEmpty()) {
      sql.insert(0, '(').append(')');
      for (String field : column.path()) {
        sql.append('.').append(quote(field));
      }
    }
    return sql.toString();
  }

  /** Maps a JDBC column type to the engine's kind. */
  ColumnKind kindOf(int jdbcType, String typeName);

  /** A predicate true when {@code expr} matches the regex bound as the one {@code ?}. */
  String regexMatches(String expr);

  /** The length in characters of a text expression. */
  String charLength(String expr);

  /** {@code expr} as text, for comparisons and patterns on non-text columns. */
  String asText(String expr);

  /** {@code expr} as a double-precision number (drift binning). */
  String asDouble(String expr);

  /** A predicate true when {@code expr} is NaN; empty when the kind cannot hold NaN. */
  Optional<String> isNan(String expr, ColumnKind kind);

  /** A predicate true when {@code expr} is neither NaN nor ±Infinity; empty when always finite. */
  Optional<String> isFinite(String expr, ColumnKind kind);

  /**
   * A catalog query for the column sets the database itself keeps unique among rows where all of
   * them are non-null: one row per key column, {@code (key, column)}, for each valid unique index
   * (or constraint) without a predicate or an expression. It takes one parameter, the table as
   * {@link TableRef#sql()} writes it. Empty where the dialect does not look (a file in a lake has
   * no indexes). Only an optimisation: the engine then need not count such columns' distinct values
   * or duplicate keys.
   */
  default Optional<String> uniqueKeysQuery() {
    return Optional.empty();
  }

  /**
   * An aggregate over {@code expr} that is greater than zero when the scanned rows hold NaN or
   * ±Infinity in it, cheap enough to add to the fused scan as a probe; empty when the kind is
   * always finite or the dialect keeps a guard on every aggregate instead. With a probe, the fused
   * scan computes its aggregates unguarded (a guard per aggregate costs a comparison per row each)
   * and is re-run guarded only when the probe finds such a value.
   */
  default Optional<String> nonFiniteProbe(String expr, ColumnKind kind) {
    return Optional.empty();
  }

  /**
   * Whether a distinct count runs best as its own {@code select count(*) from (select c … group by
   * c)}: on PostgreSQL a parallel hash aggregate, where {@code count(distinct c)} is a serial sort
   * (in the column's collation, for text).
   */
  default boolean distinctViaGroupBy() {
    return false;
  }

  /**
   * A statement returning up to {@code n} values of {@code x} (column {@code x}), non-null and
   * finite, chosen at random from the rows of {@code table} that satisfy {@code scope}.
   *
   * @param table the quoted table reference
   * @param x the value expression (a double)
   * @param scope the bound load-scope predicate, or null for the whole table
   * @param scopeParams the scope's bound values
   * @param scopeRows how many rows the scope holds (the fused scan's row count), or -1 if unknown
   * @param n the most values to return (from the engine's settings, at least 2)
   */
  BoundSql sampleValues(
      String table, String x, String scope, List<Object> scopeParams, long scopeRows, int n);

  /**
   * A numeric drift reference: the non-null, finite values of {@code x} within {@code scope} cut at
   * their {@code bins}-quantiles ({@code k / bins}, discrete: each edge is a value of the column),
   * duplicate edges collapsed, counted per bin with {@link #binOf} in the same statement. One row
   * per non-empty bin, in bin order: {@code lo, hi} (the values' min and max), {@code bin}
   * (0-based), {@code edge} (the bin's lower edge, {@code lo} for bin 0) and {@code n}. Bin 0 is
   * {@code x < edges[1]}, bin {@code i} {@code edges[i] <= x < edges[i+1]}, the last {@code x >=}
   * its edge; the interior edges are above {@code lo}, so a constant column has one bin. No rows
   * when the scope holds no such value. The quantile fractions are bound.
   */
  default BoundSql quantileHistogram(
      String table, String x, String scope, List<Object> scopeParams, int bins) {
    int n = Math.max(2, bins); // contracts allow 2–1000
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("with v as (select x from (select " + x + " as x from " + table);
    if (scope != null) {
      sql.append(" where (").append(scope).append(')');
      params.addAll(scopeParams);
    }
    sql.append(") as s where x is not null")
        .append(isFinite("x", ColumnKind.FLOAT).map(p -> " and " + p).orElse(""))
        .append("),\n q as (select min(x) as lo, max(x) as hi, ")
        .append(discreteQuantiles("x", n - 1))
        .append(" as qs from v),\n e as (select lo, hi, ")
        .append(distinctSortedAbove("qs", "lo"))
        .append(" as edges from q)\nselect e.lo, e.hi, b.bin, case when b.bin = 0 then e.lo else")
        .append(" e.edges[b.bin] end as edge, b.n\nfrom (select ")
        .append(binOf("v.x", "e.edges"))
        .append(" as bin, count(*) as n from v, e group by 1) as b, e\norder by b.bin");
    for (int k = 1; k < n; k++) {
      params.add((double) k / n);
    }
    return new BoundSql(sql.toString(), params);
  }

  /**
   * The discrete quantiles of {@code x} as an array or list (1-based), at {@code count} fractions
   * bound as {@code ?} in ascending order.
   */
  String discreteQuantiles(String x, int count);

  /** The distinct elements of the array {@code list} above {@code lo}, ascending. */
  String distinctSortedAbove(String list, String lo);

  /**
   * The bin of {@code x} over the ascending lower edges {@code edges}: how many edges are {@code <=
   * x} (0 below the first, or when there are none).
   */
  String binOf(String x, String edges);

  /** Seconds since the epoch (UTC) of a timestamp or date expression, as a double. */
  String epochSeconds(String expr);

  /** The continuous median aggregate of {@code expr}. */
  String median(String expr);

  /** The sample standard deviation aggregate of {@code expr}. */
  default String stddev(String expr) {
    return "stddev_samp(" + expr + ")";
  }

  /**
   * Whether {@code count(distinct …)} and ordered-set aggregates (median) may share the fused scan.
   * PostgreSQL: no — they turn off parallel aggregation for the whole statement, so they get a
   * statement of their own. DuckDB: yes.
   */
  boolean fusesSerialAggregates();

  /** {@code cast(? as date)}, {@code cast(? as timestamp)}: a bound literal of a temporal type. */
  default String castParameter(ColumnKind kind) {
    return switch (kind) {
      case DATE -> "cast(? as date)";
      case TIMESTAMP -> "cast(? as timestamp)";
      case TIMESTAMP_TZ -> "cast(? as timestamptz)";
      default -> "?";
    };
  }
}
