package org.pactum.registry.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.ConcurrentChangeException;
import org.pactum.registry.core.IdDoesNotMatchException;
import org.pactum.registry.core.NewSchema;
import org.pactum.registry.core.RegisteredReference;
import org.pactum.registry.core.RegistryMode;
import org.pactum.registry.core.RegistryStore;
import org.pactum.registry.core.RegistryStoreException;
import org.pactum.registry.core.StoredSchema;
import org.pactum.registry.core.SubjectVersion;
import org.pactum.registry.db.RegistrySettingsDao;
import org.pactum.registry.db.SchemaDao;
import org.pactum.registry.db.SchemaRow;
import org.pactum.registry.db.SubjectVersionDao;
import org.pactum.registry.db.SubjectVersionRow;

/**
 * The registry's store on PostgreSQL through the JDBI DAOs. Database failures become {@link
 * RegistryStoreException} (their SQL stays in the log); a foreign-key or unique violation inside a
 * subject write means a concurrent change and becomes {@link ConcurrentChangeException}.
 *
 * <p>Every call goes through the {@link Jdbi} it was built on, so inside a {@link
 * org.pactum.registry.db.JdbiUnitOfWork} on that {@link Jdbi} it joins the unit's transaction; a
 * subject write there is a savepoint.
 */
public final class JdbiRegistryStore implements RegistryStore {
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String SERIALIZATION_FAILURE = "40001";
  private static final String DEADLOCK_DETECTED = "40P01";
  private static final String SUBJECT_WRITE = "registry_subject_write";

  private final Jdbi jdbi;
  private final SchemaDao schemas;
  private final SubjectVersionDao versions;
  private final RegistrySettingsDao settings;

  public JdbiRegistryStore(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.schemas = jdbi.onDemand(SchemaDao.class);
    this.versions = jdbi.onDemand(SubjectVersionDao.class);
    this.settings = jdbi.onDemand(RegistrySettingsDao.class);
  }

  @Override
  public Optional<StoredSchema> schema(int id) {
    return read(
        () ->
            jdbi.withHandle(
                h -> {
                  SchemaDao dao = h.attach(SchemaDao.class);
                  return dao.findById(id).map(row -> toSchema(row, dao));
                }));
  }

  private static StoredSchema toSchema(SchemaRow row, SchemaDao dao) {
    List<RegisteredReference> refs =
        dao.references(row.id()).stream()
            .map(r -> new RegisteredReference(r.name(), r.refSubject(), r.refVersion()))
            .toList();
    return new StoredSchema(row.id(), SchemaFormat.valueOf(row.format()), row.schemaText(), refs);
  }

  @Override
  public OptionalInt schemaIdByHash(SchemaFormat format, String sha256) {
    return read(() -> toOptionalInt(schemas.idByHash(format.name(), sha256)));
  }

  @Override
  public List<SubjectVersion> versions(String subject) {
    return read(() -> toVersions(versions.versions(subject)));
  }

  @Override
  public List<SubjectVersion> versionsOfSchema(int schemaId) {
    return read(() -> toVersions(versions.versionsOfSchema(schemaId)));
  }

  @Override
  public List<SubjectVersion> allVersions(String subjectPrefix) {
    return read(() -> toVersions(versions.allVersions(subjectPrefix)));
  }

  @Override
  public List<Integer> schemasReferencing(String subject, int version, boolean liveOnly) {
    return read(() -> schemas.referencing(subject, version, liveOnly));
  }

  @Override
  public Optional<CompatibilityMode> compatibility(String subject) {
    return read(() -> settings.compatibility(subject).map(CompatibilityMode::valueOf));
  }

  @Override
  public void setCompatibility(String subject, CompatibilityMode mode) {
    read(
        () -> {
          settings.setCompatibility(subject, mode.name());
          return null;
        });
  }

  @Override
  public boolean deleteCompatibility(String subject) {
    return read(() -> settings.deleteCompatibility(subject) > 0);
  }

  @Override
  public Optional<RegistryMode> mode(String subject) {
    return read(() -> settings.mode(subject).map(RegistryMode::valueOf));
  }

  @Override
  public void setMode(String subject, RegistryMode mode) {
    read(
        () -> {
          settings.setMode(subject, mode.name());
          return null;
        });
  }

  @Override
  public boolean deleteMode(String subject) {
    return read(() -> settings.deleteMode(subject) > 0);
  }

  @Override
  public <T> T writeSubject(String subject, Function<SubjectWriter, T> work) {
    try {
      return jdbi.withHandle(
          h ->
              h.isInTransaction()
                  ? inSavepoint(h, () -> write(h, subject, work))
                  : h.inTransaction(
                      TransactionIsolationLevel.READ_COMMITTED, tx -> write(tx, subject, work)));
    } catch (JdbiException e) {
      String state = sqlState(e);
      if (FOREIGN_KEY_VIOLATION.equals(state)
          || UNIQUE_VIOLATION.equals(state)
          || SERIALIZATION_FAILURE.equals(state)
          || DEADLOCK_DETECTED.equals(state)) {
        throw new ConcurrentChangeException("concurrent change to " + subject, e);
      }
      throw storeError(e);
    }
  }

  private static <T> T write(Handle h, String subject, Function<SubjectWriter, T> work) {
    SubjectVersionDao dao = h.attach(SubjectVersionDao.class);
    dao.insertSubjectIfAbsent(subject);
    dao.lockSubject(subject);
    return work.apply(new Writer(subject, h));
  }

  /**
   * A subject write inside a unit of work's transaction: a savepoint, so that its failure (a
   * concurrent change to retry, an incompatible schema) undoes only the write and leaves the
   * transaction usable; the subject's lock is held until the transaction ends.
   */
  private static <T> T inSavepoint(Handle h, Supplier<T> write) {
    h.savepoint(SUBJECT_WRITE);
    T result;
    try {
      result = write.get();
    } catch (RuntimeException e) {
      try {
        h.rollbackToSavepoint(SUBJECT_WRITE);
        h.releaseSavepoint(SUBJECT_WRITE);
      } catch (RuntimeException undo) {
        e.addSuppressed(undo);
      }
      throw e;
    }
    h.releaseSavepoint(SUBJECT_WRITE);
    return result;
  }

  @Override
  public List<Integer> deleteUnusedSchemas(Collection<Integer> ids) {
    List<Integer> deleted = new ArrayList<>();
    for (int id : ids) {
      try {
        jdbi.useTransaction(
            h -> h.attach(SchemaDao.class).deleteIfUnused(id).ifPresent(deleted::add));
      } catch (JdbiException e) {
        if (!FOREIGN_KEY_VIOLATION.equals(sqlState(e))) {
          throw storeError(e);
        }
        // a version holding the schema was registered concurrently: the schema stays
      }
    }
    return deleted;
  }

  /** The subject writer, bound to the transaction's handle. */
  private static final class Writer implements SubjectWriter {
    private final String subject;
    private final SubjectVersionDao versions;
    private final SchemaDao schemas;
    private final RegistrySettingsDao settings;

    Writer(String subject, Handle h) {
      this.subject = subject;
      this.versions = h.attach(SubjectVersionDao.class);
      this.schemas = h.attach(SchemaDao.class);
      this.settings = h.attach(RegistrySettingsDao.class);
    }

    @Override
    public List<SubjectVersion> versions() {
      return toVersions(versions.versions(subject));
    }

    @Override
    public int schemaIdFor(NewSchema schema) {
      String format = schema.format().name();
      Optional<Integer> existing = schemas.idByHash(format, schema.sha256());
      if (existing.isPresent()) {
        return existing.get();
      }
      Optional<Integer> inserted = schemas.insertIfAbsent(format, schema.text(), schema.sha256());
      if (inserted.isPresent()) {
        insertReferences(inserted.get(), schema.references());
        return inserted.get();
      }
      // inserted by a concurrent registration that committed while we waited on the index
      return schemas
          .idByHash(format, schema.sha256())
          .orElseThrow(() -> new ConcurrentChangeException("schema vanished", null));
    }

    @Override
    public void importSchema(int id, NewSchema schema) {
      String format = schema.format().name();
      Optional<Integer> byHash = schemas.idByHash(format, schema.sha256());
      if (byHash.isPresent()) {
        if (byHash.get() != id) {
          throw new IdDoesNotMatchException(
              "Schema already registered with id " + byHash.get() + " instead of input id " + id);
        }
        return;
      }
      if (schemas.findById(id).isPresent()) {
        throw new IdDoesNotMatchException(
            "Schema id " + id + " is already used by a different schema");
      }
      if (schemas.insertWithId(id, format, schema.text(), schema.sha256()).isEmpty()) {
        throw new ConcurrentChangeException("schema id " + id + " taken concurrently", null);
      }
      insertReferences(id, schema.references());
      schemas.advanceSequencePast(id);
    }

    private void insertReferences(int id, List<RegisteredReference> references) {
      for (int i = 0; i < references.size(); i++) {
        RegisteredReference r = references.get(i);
        schemas.insertReference(id, i, r.name(), r.subject(), r.version());
      }
    }

    @Override
    public void addVersion(int version, int schemaId) {
      versions.insertVersion(subject, version, schemaId);
    }

    @Override
    public void softDelete(int version) {
      versions.softDelete(subject, version);
    }

    @Override
    public void delete(int version) {
      versions.delete(subject, version);
    }

    @Override
    public void deleteSettings() {
      settings.deleteCompatibility(subject);
      settings.deleteMode(subject);
    }
  }

  private static List<SubjectVersion> toVersions(List<SubjectVersionRow> rows) {
    return rows.stream()
        .map(r -> new SubjectVersion(r.subject(), r.version(), r.schemaId(), r.deleted()))
        .toList();
  }

  private static OptionalInt toOptionalInt(Optional<Integer> value) {
    return value.map(OptionalInt::of).orElseGet(OptionalInt::empty);
  }

  private static <T> T read(Supplier<T> query) {
    try {
      return query.get();
    } catch (JdbiException e) {
      throw storeError(e);
    }
  }

  private static RegistryStoreException storeError(JdbiException e) {
    return new RegistryStoreException("Error in the backend data store", e);
  }

  /** The SQLState of the first {@link SQLException} in the cause chain, or null. */
  static String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
