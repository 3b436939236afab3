package org.pactum.checks.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Metric history, in {@code checks.metric_value}. History queries start at the latest approved
 * {@code baseline_reset} of the metric ({@code starts_at}: its {@code from_run}'s observation time,
 * or the approval time).
 */
@RegisterConstructorMapper(MetricValueRow.class)
public interface MetricValueDao {
  String SINCE_RESET =
      """
      observed_at >= coalesce((select r.starts_at from checks.baseline_reset r
                                where r.dataset = :dataset and r.metric = :metric
                                  and r.column_name = :column
                                order by r.approved_at desc, r.id desc limit 1), '-infinity')
      """;

  @SqlBatch(
      """
      insert into checks.metric_value
        (dataset, metric, column_name, value, detail, run_id, observed_at, anomalous)
      values (:m.dataset, :m.metric, :m.columnName, :m.value, cast(:m.detail as jsonb), :m.runId,
              :m.observedAt, :m.anomalous)
      """)
  void insertAll(@BindMethods("m") List<MetricValueRow> rows);

  @SqlQuery(
      "select min(observed_at) from checks.metric_value where run_id = :id and dataset = :dataset")
  Optional<OffsetDateTime> observedAt(@Bind("id") String runId, @Bind("dataset") String dataset);

  @SqlUpdate(
      """
      update checks.metric_value set anomalous = false
      where dataset = :dataset and metric = :metric and column_name = :column
        and observed_at >= :from and anomalous
      """)
  int clearAnomalous(
      @Bind("dataset") String dataset,
      @Bind("metric") String metric,
      @Bind("column") String column,
      @Bind("from") OffsetDateTime from);

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
      "select dataset, metric, column_name, value, detail::text as detail, run_id, observed_at,"
          + " anomalous"
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
      "select dataset, metric, column_name, value, detail::text as detail, run_id, observed_at,"
          + " anomalous"
          + " from checks.metric_value where dataset = :dataset and metric = :metric"
          + " and column_name = :column and run_id <> :exclude and observed_at <= :before and "
          + SINCE_RESET
          + " order by observed_at desc limit :limit")
  List<MetricValueRow> recentSinceResetBefore(
      @Bind("dataset") String dataset,
      @Bind("metric") String metric,
      @Bind("column") String column,
      @Bind("limit") int limit,
      @Bind("exclude") String excludeRunId,
      @Bind("before") OffsetDateTime before);

  @SqlQuery(
      "select dataset, metric, column_name, value, detail::text as detail, run_id, observed_at,"
          + " anomalous"
          + " from checks.metric_value where run_id = :id order by metric, column_name")
  List<MetricValueRow> forRun(@Bind("id") String runId);
}
