package org.pactum.checks.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Approved baseline resets, in {@code checks.baseline_reset}. */
@RegisterConstructorMapper(BaselineResetRow.class)
public interface BaselineResetDao {
  @SqlUpdate(
      """
      insert into checks.baseline_reset
        (dataset, metric, column_name, reason, approved_by, approved_at, from_run, starts_at)
      values (:r.dataset, :r.metric, :r.columnName, :r.reason, :r.approvedBy, :r.approvedAt,
              :r.fromRun, :r.startsAt)
      """)
  void insert(@BindMethods("r") BaselineResetRow reset);

  @SqlQuery(
      """
      select dataset, metric, column_name, reason, approved_by, approved_at, from_run, starts_at
      from checks.baseline_reset where dataset = :dataset order by approved_at desc
      """)
  List<BaselineResetRow> forDataset(@Bind("dataset") String dataset);

  @SqlQuery(
      """
      select dataset, metric, column_name, reason, approved_by, approved_at, from_run, starts_at
      from checks.baseline_reset
      where dataset = :dataset and metric = :metric and column_name = :column
      order by approved_at desc, id desc limit 1
      """)
  Optional<BaselineResetRow> latest(
      @Bind("dataset") String dataset,
      @Bind("metric") String metric,
      @Bind("column") String column);
}
