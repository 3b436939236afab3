package org.pactum.lineage.erasure.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reconciliation sweeps, in {@code privacy.sweep_run}. */
@RegisterConstructorMapper(SweepRow.class)
public interface SweepDao {
  @SqlUpdate(
      """
      insert into privacy.sweep_run
        (sweep_id, trigger, started_at, finished_at, datasets_checked, reappearances, findings)
      values (:s.sweepId, :s.trigger, :s.startedAt, :s.finishedAt, :s.datasetsChecked,
              :s.reappearances, cast(:s.findings as jsonb))
      """)
  void insert(@BindMethods("s") SweepRow row);

  @SqlQuery(
      """
      select sweep_id, trigger, started_at, finished_at, datasets_checked, reappearances,
             findings::text as findings
      from privacy.sweep_run order by started_at desc limit 1
      """)
  Optional<SweepRow> last();
}
