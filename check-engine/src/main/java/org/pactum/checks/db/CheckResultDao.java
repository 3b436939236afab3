package org.pactum.checks.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Check results, in {@code checks.check_result}; one row per run and check name. */
@RegisterConstructorMapper(CheckResultRow.class)
public interface CheckResultDao {
  @SqlBatch(
      """
      insert into checks.check_result
        (run_id, check_name, check_type, column_name, status, observed_value, observed_text,
         thresholds, message, failed_rows_sample, position)
      values
        (:r.runId, :r.checkName, :r.checkType, :r.columnName, :r.status, :r.observedValue,
         :r.observedText, cast(:r.thresholds as jsonb), :r.message,
         cast(:r.failedRowsSample as jsonb), :r.position)
      """)
  void insertAll(@BindMethods("r") List<CheckResultRow> rows);

  @SqlUpdate("delete from checks.check_result where run_id = :id")
  int deleteRun(@Bind("id") String runId);

  @SqlQuery(
      """
      select run_id, check_name, check_type, column_name, status, observed_value, observed_text,
             thresholds::text as thresholds, message, failed_rows_sample::text as failed_rows_sample,
             position
      from checks.check_result where run_id = :id order by position, check_name
      """)
  List<CheckResultRow> forRun(@Bind("id") String runId);

  @SqlQuery(
      """
      select run_id, check_name, check_type, column_name, status, observed_value, observed_text,
             thresholds::text as thresholds, message, failed_rows_sample::text as failed_rows_sample,
             position
      from checks.check_result where run_id in (<ids>) order by run_id, position, check_name
      """)
  List<CheckResultRow> forRuns(@BindList("ids") List<String> runIds);
}
