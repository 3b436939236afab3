package org.pactum.checks.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Metric history, in {@code checks.metric_value}. History queries start after the latest approved
 * {@code baseline_reset} of the metric.
 */
@RegisterConstructorMapper(MetricValueRow.class)
public interface MetricValueDao {
  String SINCE_RESET =
      """
      observed_at > coalesce((select max(approved_at) from checks.baseline_reset r
                               where r.dataset = :dataset and r.metric = :metric
                                 and r.column_name = :column), '-infinity')
      """;

  @SqlBatch(
      """
      insert into checks.metric_value (dataset, metric, column_name, value, detail, run_id, observed_at)
      values (:m.dataset, :m.metric, :m.columnName, :m.value, cast(:m.detail as jsonb), :m.runId,
              :m.observedAt)
      """)
  void insertAll(@BindMethods("m") List<MetricValueRow> rows);

  @SqlUpdate("delete from checks.metric_value where run_id = :id")
  int deleteRun(@Bind("id") String runId);

  @SqlQuery(
      "select count(*) from checks.metric_value where dataset = :dataset and metric = :metric"
          + " and column_name = :column and run_id <> :exclude and "
          + SINCE_RESET)
  int countSinceReset(
      @Bind("dataset") String dataset,
      @Bind("metric") String metric,
      @Bind("column") String column,
      @Bind("exclude") String excludeRunId);

  @SqlQuery(
      "select dataset, metric, column_name, value, detail::text as detail, run_id, observed_at"
          + " from checks.metric_value where dataset = :dataset and metric = :metric"
          + " and column_name = :column and run_id <> :exclude and "
          + SINCE_RESET
          + " order by observed_at desc limit :limit")
  List<MetricValueRow> recentSinceReset(
      @Bind("dataset") String dataset,
      @Bind("metric") String metric,
      @Bind("column") String column,
      @Bind("limit") int limit,
      @Bind("exclude") String excludeRunId);

  @SqlQuery(
      "select dataset, metric, column_name, value, detail::text as detail, run_id, observed_at"
          + " from checks.metric_value where run_id = :id order by metric, column_name")
  List<MetricValueRow> forRun(@Bind("id") String runId);
}
