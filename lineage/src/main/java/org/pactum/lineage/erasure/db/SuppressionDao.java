package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Erased subjects (HMACs), in {@code privacy.suppression}. */
public interface SuppressionDao {
  @SqlUpdate(
      """
      insert into privacy.suppression (subject_type, subject_hmac, request_id, added_at)
      values (:type, :hmac, :request, :at)
      on conflict (subject_type, subject_hmac) do nothing
      """)
  void add(
      @Bind("type") String subjectType,
      @Bind("hmac") String subjectHmac,
      @Bind("request") UUID requestId,
      @Bind("at") Instant at);

  @SqlQuery(
      """
      select exists (select 1 from privacy.suppression
                     where subject_type = :type and subject_hmac = :hmac)
      """)
  boolean contains(@Bind("type") String subjectType, @Bind("hmac") String subjectHmac);

  @SqlQuery(
      """
      select subject_hmac from privacy.suppression where subject_type = :type
      """)
  List<String> hmacsOf(@Bind("type") String subjectType);
}
