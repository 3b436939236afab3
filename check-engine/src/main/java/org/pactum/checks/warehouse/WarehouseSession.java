package org.pactum.checks.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.plan.ColumnInfo;
import org.pactum.checks.plan.Dialect;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.QueryKind;
import org.pactum.checks.plan.TableRef;
import org.pactum.checks.plan.TableShape;
import org.pactum.warehouse.FailureKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run's connection to the checked datasource. Each statement runs in its own (read-only, where
 * supported) transaction with a timeout: the database's own where it has one, and a client-side
 * cancel as a backstop. Failures come back classified, without SQL text.
 */
public final class WarehouseSession {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseSession.class);
  private static final Duration CANCEL_GRACE = Duration.ofMillis(250);

  private final Connection connection;
  private final Dialect dialect;
  private final SessionControl control;
  private final ScheduledExecutorService timer;

  private WarehouseSession(Connection connection, Dialect dialect, ScheduledExecutorService timer) {
    this.connection = connection;
    this.dialect = dialect;
    this.control = SessionControl.of(dialect);
    this.timer = timer;
  }

  /**
   * A session on a connection the caller owns (and closes), prepared for checking: read-only where
   * the database supports it, each statement in its own transaction.
   */
  public static WarehouseSession open(
      Connection connection, Dialect dialect, ScheduledExecutorService timer) throws SQLException {
    WarehouseSession session = new WarehouseSession(connection, dialect, timer);
    session.control.prepare(connection);
    return session;
  }

  Dialect dialect() {
    return dialect;
  }

  /**
   * The table's columns, from a statement that reads no rows, and the column sets the database
   * keeps unique (its catalog, where the dialect looks).
   */
  public TableShape probe(TableRef table, Duration timeout) throws QueryFailedException {
    return columns(table, timeout).withUniqueKeys(uniqueKeys(table, timeout));
  }

  /**
   * The unique keys; none when the dialect does not look or the catalog cannot be read (the engine
   * then counts distinct values and duplicate keys, which is only slower).
   */
  private List<Set<String>> uniqueKeys(TableRef table, Duration timeout) {
    Optional<String> sql = dialect.uniqueKeysQuery();
    if (sql.isEmpty()) {
      return List.of();
    }
    PlannedQuery query =
        new PlannedQuery(QueryKind.FUSED, List.of(), sql.get(), List.of(table.sql()), List.of());
    try {
      Map<Object, Set<String>> keys = new LinkedHashMap<>();
      for (Map<String, Object> row : rows(query, timeout)) {
        Iterator<Object> values = row.values().iterator();
        keys.computeIfAbsent(values.next(), k -> new HashSet<>())
            .add(String.valueOf(values.next()));
      }
      return new ArrayList<>(keys.values());
    } catch (QueryFailedException e) {
      LOG.atInfo()
          .addKeyValue("event", "unique_key_lookup_failed")
          .addKeyValue("table", table.text())
          .addKeyValue("kind", e.failure().kind())
          .log("unique key lookup failed");
      return List.of();
    }
  }

  private TableShape columns(TableRef table, Duration timeout) throws QueryFailedException {
    PlannedQuery probe =
        new PlannedQuery(
            QueryKind.FUSED,
            List.of(),
            "select * from " + table.sql() + " where 1 = 0",
            List.of(),
            List.of());
    return run(
        probe,
        timeout,
        rs -> {
          ResultSetMetaData md = rs.getMetaData();
          Map<String, ColumnInfo> columns = new LinkedHashMap<>();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i);
            ColumnInfo column =
                new ColumnInfo(
                    name,
                    dialect.kindOf(md.getColumnType(i), md.getColumnTypeName(i)),
                    md.getColumnTypeName(i));
            // the driver reads NOT NULL from the catalog (PostgreSQL); unknown elsewhere
            columns.put(
                name,
                md.isNullable(i) == ResultSetMetaData.columnNoNulls
                    ? column.declaredNotNull()
                    : column);
          }
          return new TableShape(table, columns);
        });
  }

  /** Runs a single-row aggregate statement; returns its values by metric. */
  public Map<MetricKey, Object> aggregate(PlannedQuery query, Duration timeout)
      throws QueryFailedException {
    return run(
        query,
        timeout,
        rs -> {
          Map<MetricKey, Object> values = new LinkedHashMap<>();
          boolean row = rs.next();
          for (int i = 0; i < query.metrics().size(); i++) {
            values.put(query.metrics().get(i), row ? rs.getObject(i + 1) : null);
          }
          return values;
        });
  }

  /** Runs a row-returning statement. */
  public List<Map<String, Object>> rows(PlannedQuery query, Duration timeout)
      throws QueryFailedException {
    return run(
        query,
        timeout,
        rs -> {
          ResultSetMetaData md = rs.getMetaData();
          List<Map<String, Object>> rows = new ArrayList<>();
          while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              row.put(md.getColumnLabel(i), rs.getObject(i));
            }
            rows.add(row);
          }
          return rows;
        });
  }

  /** Rejects a custom query the database could not keep read-only; empty when acceptable. */
  Optional<String> rejectCustomSql(String sql) throws QueryFailedException {
    try {
      return control.rejectCustomSql(connection, sql);
    } catch (SQLException e) {
      throw new QueryFailedException(control.classify(e), e);
    } finally {
      control.endStatement(connection);
    }
  }

  private interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> T run(PlannedQuery query, Duration timeout, Reader<T> reader)
      throws QueryFailedException {
    AtomicBoolean cancelled = new AtomicBoolean();
    ScheduledFuture<?> canceller = null;
    try {
      control.beginStatement(connection, timeout);
      try (PreparedStatement ps = connection.prepareStatement(query.sql())) {
        for (int i = 0; i < query.params().size(); i++) {
          control.bind(ps, i + 1, query.params().get(i));
        }
        canceller =
            timer.schedule(
                () -> {
                  cancelled.set(true);
                  try {
                    ps.cancel();
                  } catch (SQLException | RuntimeException ignored) {
                    // the statement finished or the connection is gone
                  }
                },
                timeout.plus(CANCEL_GRACE).toMillis(),
                TimeUnit.MILLISECONDS);
        try (ResultSet rs = ps.executeQuery()) {
          return reader.read(rs);
        }
      }
    } catch (SQLException e) {
      SqlFailure failure = control.classify(e);
      if (cancelled.get() && failure.kind() != FailureKind.CONNECTION) {
        failure = new SqlFailure(FailureKind.TIMEOUT, failure.detail(), failure.sqlState());
      }
      throw new QueryFailedException(failure, e);
    } finally {
      if (canceller != null) {
        canceller.cancel(false);
      }
      control.endStatement(connection);
    }
  }
}
