package org.pactum.registry.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Schemas by global id, their identity hashes and their references (schema {@code registry}). */
@RegisterConstructorMapper(SchemaRow.class)
@RegisterConstructorMapper(SchemaReferenceRow.class)
public interface SchemaDao {

  @SqlQuery(
      """
      select id, format, schema_text, canonical_sha256
        from registry.schema
       where id = :id
      """)
  Optional<SchemaRow> findById(@Bind("id") int id);

  @SqlQuery(
      """
      select id from registry.schema
       where format = :format and canonical_sha256 = :sha
      """)
  Optional<Integer> idByHash(@Bind("format") String format, @Bind("sha") String sha256);

  /** Inserts under a new id from the sequence; empty when an equal schema exists already. */
  @SqlQuery(
      """
      insert into registry.schema (id, format, schema_text, canonical_sha256)
      values (nextval('registry.schema_id_seq'), :format, :text, :sha)
      on conflict (format, canonical_sha256) do nothing
      returning id
      """)
  Optional<Integer> insertIfAbsent(
      @Bind("format") String format, @Bind("text") String text, @Bind("sha") String sha256);

  /** IMPORT: inserts under the given id; empty when the id or the schema exists already. */
  @SqlQuery(
      """
      insert into registry.schema (id, format, schema_text, canonical_sha256)
      values (:id, :format, :text, :sha)
      on conflict do nothing
      returning id
      """)
  Optional<Integer> insertWithId(
      @Bind("id") int id,
      @Bind("format") String format,
      @Bind("text") String text,
      @Bind("sha") String sha256);

  /** Moves the id sequence past an imported id, so generated ids never collide with it. */
  @SqlQuery(
      """
      select setval('registry.schema_id_seq',
                    greatest(:id, (select last_value from registry.schema_id_seq)))
      """)
  long advanceSequencePast(@Bind("id") int id);

  @SqlUpdate(
      """
      insert into registry.schema_reference (schema_id, position, name, ref_subject, ref_version)
      values (:schemaId, :position, :name, :subject, :version)
      """)
  void insertReference(
      @Bind("schemaId") int schemaId,
      @Bind("position") int position,
      @Bind("name") String name,
      @Bind("subject") String subject,
      @Bind("version") int version);

  @SqlQuery(
      """
      select schema_id, position, name, ref_subject, ref_version
        from registry.schema_reference
       where schema_id = :id
       order by position
      """)
  List<SchemaReferenceRow> references(@Bind("id") int schemaId);

  /**
   * Ids of the schemas referencing a subject version; with {@code liveOnly}, only those that still
   * have a non-deleted version somewhere.
   */
  @SqlQuery(
      """
      select distinct r.schema_id
        from registry.schema_reference r
       where r.ref_subject = :subject and r.ref_version = :version
         and (not :liveOnly or exists (select 1 from registry.subject_version v
                                        where v.schema_id = r.schema_id and not v.deleted))
       order by r.schema_id
      """)
  List<Integer> referencing(
      @Bind("subject") String subject,
      @Bind("version") int version,
      @Bind("liveOnly") boolean liveOnly);

  /** Deletes the schema if no subject version holds it; its references go with it. */
  @SqlQuery(
      """
      delete from registry.schema s
       where s.id = :id
         and not exists (select 1 from registry.subject_version v where v.schema_id = s.id)
      returning s.id
      """)
  Optional<Integer> deleteIfUnused(@Bind("id") int id);
}
