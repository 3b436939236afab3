package org.pactum.registry.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The contract row of the catalog ({@code registry.contract}): who manages it, its retirement. */
@RegisterConstructorMapper(ContractHeadRow.class)
@RegisterConstructorMapper(ContractStateRow.class)
public interface ContractDao {

  String HEAD =
      """
      select c.id as contract_id, c.managed_by, c.declared_in, c.retired_at,
             v.version_no as latest_version, v.content_sha256, v.status as document_status
        from registry.contract c
        join lateral (select version_no, content_sha256, status
                        from registry.contract_version
                       where contract_id = c.id
                       order by version_no desc limit 1) v on true
      """;

  @SqlQuery(HEAD + " order by c.id")
  List<ContractHeadRow> heads();

  @SqlQuery(HEAD + " where c.id = :id")
  Optional<ContractHeadRow> head(@Bind("id") String contractId);

  @SqlUpdate("insert into registry.contract (id) values (:id) on conflict (id) do nothing")
  void insertIfAbsent(@Bind("id") String id);

  @SqlQuery(
      """
      select id as contract_id, managed_by, declared_in, retired_at
        from registry.contract where id = :id for update
      """)
  ContractStateRow lock(@Bind("id") String id);

  @SqlUpdate(
      """
      update registry.contract set managed_by = 'folder', declared_in = :file
       where id = :id and (managed_by <> 'folder' or declared_in is distinct from :file)
      """)
  void declare(@Bind("id") String id, @Bind("file") String file);

  @SqlQuery(
      """
      update registry.contract set managed_by = 'api', declared_in = null
       where managed_by = 'folder' and id <> all(cast(:declared as text[]))
      returning id
      """)
  List<String> releaseUndeclared(@Bind("declared") String[] declared);

  @SqlUpdate("update registry.contract set retired_at = :at where id = :id and retired_at is null")
  int retire(@Bind("id") String id, @Bind("at") OffsetDateTime at);

  @SqlQuery(
      "select id from registry.contract where retired_at is not null and id = any(cast(:ids as"
          + " text[]))")
  List<String> retiredAmong(@Bind("ids") String[] ids);

  @SqlUpdate("delete from registry.contract_version where contract_id = :id")
  int deleteVersions(@Bind("id") String id);

  @SqlUpdate("delete from registry.contract where id = :id")
  int deleteContract(@Bind("id") String id);
}
