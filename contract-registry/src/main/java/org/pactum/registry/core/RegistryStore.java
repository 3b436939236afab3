package org.pactum.registry.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;

/**
 * Where the schema registry keeps schemas, subject versions and settings. Reads see committed data;
 * every change to a subject goes through {@link #writeSubject}, which serialises the subject's
 * writers. Failures surface as {@link RegistryStoreException}.
 *
 * <p>Settings are keyed by subject; {@link #GLOBAL} is the registry-wide setting.
 */
public interface RegistryStore {

  /** The settings key of the registry-wide compatibility level and mode. */
  String GLOBAL = "";

  Optional<StoredSchema> schema(int id);

  OptionalInt schemaIdByHash(SchemaFormat format, String sha256);

  /** Every version of the subject, soft-deleted ones included, in ascending order. */
  List<SubjectVersion> versions(String subject);

  /** Every subject version holding the schema, soft-deleted ones included. */
  List<SubjectVersion> versionsOfSchema(int schemaId);

  /** Every subject version, soft-deleted ones included, ordered by subject and version. */
  List<SubjectVersion> allVersions(String subjectPrefix);

  /**
   * Ids of the schemas that reference {@code subject}/{@code version}.
   *
   * @param liveOnly only schemas that still have a non-deleted version somewhere
   */
  List<Integer> schemasReferencing(String subject, int version, boolean liveOnly);

  Optional<CompatibilityMode> compatibility(String subject);

  void setCompatibility(String subject, CompatibilityMode mode);

  /** Removes the setting; false when there was none. */
  boolean deleteCompatibility(String subject);

  Optional<RegistryMode> mode(String subject);

  void setMode(String subject, RegistryMode mode);

  /** Removes the setting; false when there was none. */
  boolean deleteMode(String subject);

  /**
   * Runs {@code work} in one transaction holding the subject's lock: concurrent writers of the same
   * subject run one after another, writers of different subjects in parallel. The subject row is
   * created if needed. An exception thrown by {@code work} rolls everything back.
   */
  <T> T writeSubject(String subject, Function<SubjectWriter, T> work);

  /**
   * Deletes those of the given schemas that no subject version and no other schema refers to any
   * more; returns the ids deleted. A schema re-registered concurrently is kept.
   */
  List<Integer> deleteUnusedSchemas(Collection<Integer> ids);

  /** The changes allowed inside {@link #writeSubject}. */
  interface SubjectWriter {

    /** The subject's versions (soft-deleted included, ascending) as of holding the lock. */
    List<SubjectVersion> versions();

    /** The id of an equal schema if one is stored, else a new id from the sequence. */
    int schemaIdFor(NewSchema schema);

    /**
     * IMPORT: stores the schema under {@code id}; fine if {@code id} already holds an equal schema;
     * {@link IdDoesNotMatchException} if it holds another one or the schema has another id.
     */
    void importSchema(int id, NewSchema schema);

    void addVersion(int version, int schemaId);

    void softDelete(int version);

    void delete(int version);

    /** Removes the subject's own compatibility level and mode. */
    void deleteSettings();
  }
}
