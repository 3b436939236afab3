package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The plan's datasets and gaps, in {@code privacy.erasure_dataset} and {@code erasure_gap}. */
@RegisterConstructorMapper(DatasetRow.class)
@RegisterConstructorMapper(GapRow.class)
public interface ErasureDatasetDao {
  String COLUMNS =
      """
      request_id, ordinal, contract_id, source, datasource, table_name, key_column, mode,
      columns::text as columns, status, attempts, rows_matched, rows_affected, rows_remaining, error
      """;

  @SqlUpdate(
      """
      insert into privacy.erasure_dataset
        (request_id, ordinal, contract_id, source, datasource, table_name, key_column, mode,
         columns, status, attempts, updated_at)
      values
        (:d.requestId, :d.ordinal, :d.contractId, :d.source, :d.datasource, :d.tableName,
         :d.keyColumn, :d.mode, cast(:d.columns as jsonb), :d.status, :d.attempts, :at)
      """)
  void insert(@BindMethods("d") DatasetRow row, @Bind("at") Instant at);

  @SqlUpdate(
      """
      insert into privacy.erasure_gap
        (request_id, ordinal, contract_id, datasource, table_name, column_name, reason)
      values (:g.requestId, :g.ordinal, :g.contractId, :g.datasource, :g.tableName, :g.columnName,
              :g.reason)
      """)
  void insertGap(@BindMethods("g") GapRow row);

  @SqlQuery(
      "select " + COLUMNS + " from privacy.erasure_dataset where request_id = :id order by ordinal")
  List<DatasetRow> forRequest(@Bind("id") UUID id);

  @SqlQuery("select * from privacy.erasure_gap where request_id = :id order by ordinal")
  List<GapRow> gaps(@Bind("id") UUID id);

  @SqlUpdate(
      """
      update privacy.erasure_dataset
      set status = :d.status, attempts = :d.attempts, rows_matched = :d.rowsMatched,
          rows_affected = :d.rowsAffected, rows_remaining = :d.rowsRemaining, error = :d.error,
          updated_at = :at
      where request_id = :d.requestId and ordinal = :d.ordinal
      """)
  void update(@BindMethods("d") DatasetRow row, @Bind("at") Instant at);

  /** The datasets of completed requests, with the request's subject HMAC. */
  @SqlQuery(
      """
      select d.request_id, r.subject_hmac, d.datasource, d.table_name, d.key_column, d.mode,
             d.columns::text as columns
      from privacy.erasure_dataset d
      join privacy.erasure_request r on r.request_id = d.request_id
      where r.status = 'COMPLETED'
      order by r.received_at, d.request_id, d.ordinal
      """)
  @RegisterConstructorMapper(CompletedDatasetRow.class)
  List<CompletedDatasetRow> ofCompletedRequests();
}
