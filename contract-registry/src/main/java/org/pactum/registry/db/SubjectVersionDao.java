package org.pactum.registry.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Subjects and their versions (schema {@code registry}). Writers of a subject first {@link
 * #insertSubjectIfAbsent} and {@link #lockSubject} in their transaction: the row lock serialises
 * them, so version numbers are neither skipped nor duplicated.
 */
@RegisterConstructorMapper(SubjectVersionRow.class)
public interface SubjectVersionDao {

  String COLUMNS = "subject, version, schema_id, deleted";

  @SqlUpdate("insert into registry.subject (name) values (:s) on conflict (name) do nothing")
  void insertSubjectIfAbsent(@Bind("s") String subject);

  @SqlQuery("select name from registry.subject where name = :s for update")
  Optional<String> lockSubject(@Bind("s") String subject);

  @SqlQuery(
      "select " + COLUMNS + " from registry.subject_version where subject = :s order by version")
  List<SubjectVersionRow> versions(@Bind("s") String subject);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from registry.subject_version where schema_id = :id order by subject, version")
  List<SubjectVersionRow> versionsOfSchema(@Bind("id") int schemaId);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from registry.subject_version where starts_with(subject, :prefix)"
          + " order by subject, version")
  List<SubjectVersionRow> allVersions(@Bind("prefix") String subjectPrefix);

  @SqlUpdate(
      """
      insert into registry.subject_version (subject, version, schema_id)
      values (:s, :v, :id)
      """)
  void insertVersion(@Bind("s") String subject, @Bind("v") int version, @Bind("id") int schemaId);

  @SqlUpdate(
      "update registry.subject_version set deleted = true where subject = :s and version = :v")
  int softDelete(@Bind("s") String subject, @Bind("v") int version);

  @SqlUpdate("delete from registry.subject_version where subject = :s and version = :v")
  int delete(@Bind("s") String subject, @Bind("v") int version);
}
