package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Silences, in {@code alerts.silence}. */
@RegisterConstructorMapper(SilenceRow.class)
public interface SilenceDao {
  @SqlUpdate(
      """
      insert into alerts.silence
        (contract, check_name, team, severities, dataset, tags, starts_at, ends_at, created_by,
         comment, created_at)
      values (:s.contract, :s.checkName, :s.team, :s.severities, :s.dataset, :s.tags, :s.startsAt,
              :s.endsAt, :s.createdBy, :s.comment, :s.createdAt)
      """)
  @GetGeneratedKeys("id")
  long insert(@BindMethods("s") SilenceRow silence);

  @SqlUpdate(
      """
      update alerts.silence set contract = :s.contract, check_name = :s.checkName, team = :s.team,
        severities = :s.severities, dataset = :s.dataset, tags = :s.tags, starts_at = :s.startsAt,
        ends_at = :s.endsAt, comment = :s.comment
      where id = :s.id
      """)
  int update(@BindMethods("s") SilenceRow silence);

  @SqlQuery("select * from alerts.silence where id = :id")
  Optional<SilenceRow> find(@Bind("id") long id);

  @SqlQuery("select * from alerts.silence where starts_at <= :now and ends_at > :now order by id")
  List<SilenceRow> activeAt(@Bind("now") Instant now);

  @SqlQuery(
      """
      select * from alerts.silence where (:all or ends_at > :now) order by id desc limit 500
      """)
  List<SilenceRow> list(@Bind("now") Instant now, @Bind("all") boolean includeExpired);

  /**
   * A keyset page of silences, newest (highest id) first: those with an id below {@code before}.
   */
  @SqlQuery(
      """
      select * from alerts.silence
      where (:all or ends_at > :now) and id < :before
      order by id desc limit :limit
      """)
  List<SilenceRow> page(
      @Bind("now") Instant now,
      @Bind("all") boolean includeExpired,
      @Bind("before") long beforeId,
      @Bind("limit") int limit);

  @SqlUpdate("delete from alerts.silence where id = :id")
  int delete(@Bind("id") long id);
}
