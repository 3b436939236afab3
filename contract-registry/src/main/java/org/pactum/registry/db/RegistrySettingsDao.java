package org.pactum.registry.db;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Compatibility levels and modes, per subject; the subject {@code ''} holds the global setting
 * (schema {@code registry}).
 */
public interface RegistrySettingsDao {

  @SqlQuery("select compatibility from registry.subject_config where subject = :s")
  Optional<String> compatibility(@Bind("s") String subject);

  @SqlUpdate(
      """
      insert into registry.subject_config (subject, compatibility) values (:s, :c)
      on conflict (subject) do update
        set compatibility = excluded.compatibility, updated_at = now()
      """)
  void setCompatibility(@Bind("s") String subject, @Bind("c") String compatibility);

  @SqlUpdate("delete from registry.subject_config where subject = :s")
  int deleteCompatibility(@Bind("s") String subject);

  @SqlQuery("select mode from registry.subject_mode where subject = :s")
  Optional<String> mode(@Bind("s") String subject);

  @SqlUpdate(
      """
      insert into registry.subject_mode (subject, mode) values (:s, :m)
      on conflict (subject) do update set mode = excluded.mode, updated_at = now()
      """)
  void setMode(@Bind("s") String subject, @Bind("m") String mode);

  @SqlUpdate("delete from registry.subject_mode where subject = :s")
  int deleteMode(@Bind("s") String subject);
}
