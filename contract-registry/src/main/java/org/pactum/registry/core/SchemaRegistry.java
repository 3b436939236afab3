package org.pactum.registry.core;

import static org.pactum.registry.core.SubjectVersions.live;
import static org.pactum.registry.core.SubjectVersions.subjectNotFound;
import static org.pactum.registry.core.SubjectVersions.visible;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.SchemaCandidates.Candidate;
import org.pactum.registry.core.schema.ParsedSchema;

/**
 * The Confluent-compatible schema registry: parse → check compatibility → store, with Confluent's
 * rules for ids, versions, soft and permanent deletes, compatibility levels and modes.
 *
 * <p>Identity: a schema's id is decided by its format, its canonical form and its references, so
 * the same schema gets the same id in every subject, and registering a schema the subject already
 * holds returns its id without creating a version. Versions are assigned under the subject's lock
 * (see {@link RegistryStore#writeSubject}). Schemas by id are cached; an id's schema never changes,
 * and the cache entry is dropped when the id is permanently deleted, so the cache is never stale.
 *
 * <p>Thread-safe.
 */
public final class SchemaRegistry {
  private final RegistryStore store;
  private final RegistrySettings settings;
  private final Cache<Integer, StoredSchema> schemas;
  private final Cache<Integer, ParsedSchema> parsed;
  private final LevelsAndModes levelsAndModes;
  private final SubjectDeletes deletes;
  private final SchemaCandidates candidates;
  private final SubjectCompatibility compatibility;
  private final SchemaRegistration registration;

  public SchemaRegistry(
      RegistryStore store, CompatibilityChecker checker, RegistrySettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    Objects.requireNonNull(checker, "checker");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.schemas = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
    this.parsed = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
    this.candidates = new SchemaCandidates(store, settings, this::schemaById);
    this.levelsAndModes = new LevelsAndModes(store, settings);
    this.compatibility = new SubjectCompatibility(levelsAndModes, checker, this::parsedById);
    this.registration = new SchemaRegistration(store, candidates, levelsAndModes, compatibility);
    this.deletes =
        new SubjectDeletes(
            store,
            levelsAndModes,
            id -> {
              schemas.invalidate(id);
              parsed.invalidate(id);
            });
  }

  // ---------------------------------------------------------------- schemas by id

  /** The schema types this registry accepts, as Confluent names them. */
  public List<String> schemaTypes() {
    return List.of(SchemaFormat.AVRO.name(), SchemaFormat.PROTOBUF.name());
  }

  /** The schema with this id; {@link SchemaNotFoundException} when there is none. */
  public StoredSchema schemaById(int id) {
    StoredSchema s = schemas.get(id, k -> store.schema(k).orElse(null));
    if (s == null) {
      throw new SchemaNotFoundException("Schema " + id + " not found");
    }
    return s;
  }

  /** The subjects holding the schema (soft-deleted versions only when asked for). */
  public List<String> subjectsOfSchema(int id, boolean deleted) {
    schemaById(id);
    Set<String> subjects = new TreeSet<>();
    for (SubjectVersion v : store.versionsOfSchema(id)) {
      if (deleted || !v.deleted()) {
        subjects.add(v.subject());
      }
    }
    return List.copyOf(subjects);
  }

  /** The subject versions holding the schema (soft-deleted ones only when asked for). */
  public List<SubjectVersion> versionsOfSchema(int id, boolean deleted) {
    schemaById(id);
    return store.versionsOfSchema(id).stream().filter(v -> deleted || !v.deleted()).toList();
  }

  /** Every registered subject version with its schema, for {@code GET /schemas}. */
  public List<RegisteredVersion> schemas(
      String subjectPrefix, boolean deleted, boolean latestOnly, int offset, int limit) {
    List<SubjectVersion> all =
        store.allVersions(subjectPrefix == null ? "" : subjectPrefix).stream()
            .filter(v -> deleted || !v.deleted())
            .toList();
    List<SubjectVersion> chosen = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      boolean lastOfSubject =
          i + 1 == all.size() || !all.get(i + 1).subject().equals(all.get(i).subject());
      if (!latestOnly || lastOfSubject) {
        chosen.add(all.get(i));
      }
    }
    return new ConfluentWindow(offset, limit)
        .apply(chosen).stream()
            .map(
                v ->
                    new RegisteredVersion(
                        v.subject(), v.version(), schemaById(v.schemaId()), v.deleted()))
            .toList();
  }

  // ---------------------------------------------------------------- subjects and versions

  /**
   * Subject names in order: those with a live version; with {@code deleted} also those with only
   * soft-deleted versions; with {@code deletedOnly} those having a soft-deleted version.
   */
  public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly) {
    Set<String> names = new TreeSet<>();
    for (SubjectVersion v : store.allVersions(prefix == null ? "" : prefix)) {
      if (deletedOnly ? v.deleted() : deleted || !v.deleted()) {
        names.add(v.subject());
      }
    }
    return List.copyOf(names);
  }

  /** The subject's version numbers; {@link SubjectNotFoundException} when none is visible. */
  public List<Integer> versionNumbers(String subject, boolean deleted, boolean deletedOnly) {
    List<SubjectVersion> all = store.versions(subject);
    if (visible(all, deleted || deletedOnly).isEmpty()) {
      throw subjectNotFound(subject);
    }
    return all.stream()
        .filter(v -> deletedOnly ? v.deleted() : deleted || !v.deleted())
        .map(SubjectVersion::version)
        .toList();
  }

  /** One version of a subject; soft-deleted versions only with {@code deleted}. */
  public RegisteredVersion version(String subject, VersionId versionId, boolean deleted) {
    SubjectVersion v = find(subject, versionId, deleted);
    return new RegisteredVersion(subject, v.version(), schemaById(v.schemaId()), v.deleted());
  }

  /** Ids of the schemas (with a live version) that reference this subject version. */
  public List<Integer> referencedBy(String subject, VersionId versionId) {
    SubjectVersion v = find(subject, versionId, true);
    return store.schemasReferencing(subject, v.version(), true);
  }

  // ---------------------------------------------------------------- register and look up

  /**
   * Registers the schema under the subject, or returns its id when the subject already holds it.
   *
   * @throws InvalidSubjectException, InvalidSchemaException, SchemaTooLargeException,
   *     OperationNotPermittedException (mode), IncompatibleSchemaException, IdDoesNotMatchException
   */
  public Registration register(String subject, SchemaSubmission submission) {
    return registration.register(subject, submission);
  }

  /**
   * Finds the version of the subject holding this schema ({@code POST /subjects/{subject}}).
   *
   * @throws SubjectNotFoundException when the subject has no (visible) version
   * @throws SchemaNotFoundException when none of its versions holds the schema
   */
  public RegisteredVersion lookup(String subject, SchemaSubmission submission, boolean deleted) {
    List<SubjectVersion> visible = visible(store.versions(subject), deleted);
    if (visible.isEmpty()) {
      throw subjectNotFound(subject);
    }
    SchemaFormat format = candidates.checkSubmission(submission);
    Candidate candidate = candidates.candidate(format, subject, submission);
    OptionalInt id = store.schemaIdByHash(candidate.schema().format(), candidate.schema().sha256());
    if (id.isPresent()) {
      for (int i = visible.size() - 1; i >= 0; i--) {
        SubjectVersion v = visible.get(i);
        if (v.schemaId() == id.getAsInt()) {
          return new RegisteredVersion(subject, v.version(), schemaById(v.schemaId()), v.deleted());
        }
      }
    }
    throw new SchemaNotFoundException("Schema not found");
  }

  // ---------------------------------------------------------------- compatibility

  /**
   * Checks a schema against one version of the subject ({@code latest}: compatible when the subject
   * has none) or, with no version, against what the subject's level checks.
   */
  public CompatibilityVerdict checkCompatibility(
      String subject, Optional<VersionId> versionId, SchemaSubmission submission) {
    SchemaFormat format = candidates.checkSubmission(submission);
    List<SubjectVersion> live = live(store.versions(subject));
    List<SubjectVersion> against;
    if (versionId.isEmpty()) {
      against = live;
    } else if (versionId.get().isLatest()) {
      against = live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
    } else {
      against = List.of(find(subject, versionId.get(), false));
    }
    ParsedSchema candidate = candidates.candidate(format, subject, submission).parsed();
    CompatibilityResult result = compatibility.check(subject, candidate, against);
    return new CompatibilityVerdict(result.isCompatible(), result.confluentMessages());
  }

  // ---------------------------------------------------------------- deletes

  /**
   * Soft-deletes a version, or permanently deletes a soft-deleted one. Returns the version.
   *
   * @throws VersionSoftDeletedException (40406), VersionNotSoftDeletedException (40407),
   *     ReferenceExistsException (42206), OperationNotPermittedException (read-only)
   */
  public int deleteVersion(String subject, VersionId versionId, boolean permanent) {
    return deletes.deleteVersion(subject, versionId, permanent);
  }

  /**
   * Soft-deletes every live version of the subject (and its own settings), or permanently deletes a
   * soft-deleted subject. Returns the versions deleted.
   *
   * @throws SubjectSoftDeletedException (40404), SubjectNotSoftDeletedException (40405),
   *     ReferenceExistsException (42206), OperationNotPermittedException (read-only)
   */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    return deletes.deleteSubject(subject, permanent);
  }

  // ---------------------------------------------------------------- config

  public CompatibilityMode globalCompatibility() {
    return levelsAndModes.globalCompatibility();
  }

  /** The level that applies to the subject: its own, else the global one. */
  public CompatibilityMode effectiveCompatibility(String subject) {
    return levelsAndModes.effectiveCompatibility(subject);
  }

  public CompatibilityMode setGlobalCompatibility(String level) {
    return levelsAndModes.setGlobalCompatibility(level);
  }

  /** Removes the global level (back to the configured default); returns the level it had. */
  public CompatibilityMode deleteGlobalCompatibility() {
    return levelsAndModes.deleteGlobalCompatibility();
  }

  /** {@link SubjectConfigNotFoundException} when the subject has none and not defaulting. */
  public CompatibilityMode subjectCompatibility(String subject, boolean defaultToGlobal) {
    return levelsAndModes.subjectCompatibility(subject, defaultToGlobal);
  }

  public CompatibilityMode setSubjectCompatibility(String subject, String level) {
    return levelsAndModes.setSubjectCompatibility(subject, level);
  }

  /** Removes the subject's own level; returns it. {@link SubjectNotFoundException} when none. */
  public CompatibilityMode deleteSubjectCompatibility(String subject) {
    return levelsAndModes.deleteSubjectCompatibility(subject);
  }

  // ---------------------------------------------------------------- modes

  public RegistryMode globalMode() {
    return levelsAndModes.globalMode();
  }

  public RegistryMode effectiveMode(String subject) {
    return levelsAndModes.effectiveMode(subject);
  }

  /**
   * Sets the global mode. IMPORT needs an empty registry unless {@code force}: ids and versions
   * imported into a registry that already assigns them would collide.
   */
  public RegistryMode setGlobalMode(String name, boolean force) {
    return levelsAndModes.setGlobalMode(name, force);
  }

  public RegistryMode setSubjectMode(String subject, String name, boolean force) {
    return levelsAndModes.setSubjectMode(subject, name, force);
  }

  /** {@link SubjectModeNotFoundException} when the subject has none and not defaulting. */
  public RegistryMode subjectMode(String subject, boolean defaultToGlobal) {
    return levelsAndModes.subjectMode(subject, defaultToGlobal);
  }

  /** Removes the subject's own mode; returns it. {@link SubjectNotFoundException} when none. */
  public RegistryMode deleteSubjectMode(String subject) {
    return levelsAndModes.deleteSubjectMode(subject);
  }

  // ---------------------------------------------------------------- parsing

  /** The stored schema parsed with its references; cached by id. */
  /**
   * The parsed schema with this id, from the cache the compatibility checks use (dropped when the
   * id is permanently deleted, like {@link #schemaById}); {@link SchemaNotFoundException} when
   * there is none.
   */
  public ParsedSchema parsedById(int id) {
    return parsed.get(id, k -> candidates.parseStored(k, schemaById(k)));
  }

  // ---------------------------------------------------------------- helpers

  private SubjectVersion find(String subject, VersionId versionId, boolean deleted) {
    List<SubjectVersion> visible = visible(store.versions(subject), deleted);
    if (visible.isEmpty()) {
      throw subjectNotFound(subject);
    }
    if (versionId.isLatest()) {
      return visible.get(visible.size() - 1);
    }
    return SubjectVersions.find(visible, versionId.value())
        .orElseThrow(
            () -> new VersionNotFoundException("Version " + versionId.value() + " not found."));
  }

  /**
   * Empties the caches of schemas by id. Call after a unit of work that registered schemas rolled
   * back: an id it read back (and cached) was never committed. Other threads cannot have cached
   * such an id (they do not see uncommitted rows), so emptying the caches after the rollback
   * suffices.
   */
  public void dropCachedSchemas() {
    schemas.invalidateAll();
    parsed.invalidateAll();
  }

  /** For tests and benchmarks: how many schemas by id are cached now. */
  long cachedSchemas() {
    return schemas.estimatedSize();
  }
}
