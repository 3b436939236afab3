package org.pactum.registry.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.contracts.model.SchemaFormat;

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
  private static final int MAX_REFERENCE_DEPTH = 64;
  private static final int MAX_REFERENCES = 1_000;
  private static final int WRITE_ATTEMPTS = 3;

  private final RegistryStore store;
  private final SchemaParsers parsers;
  private final CompatibilityChecker checker;
  private final RegistrySettings settings;
  private final Cache<Integer, StoredSchema> schemas;
  private final Cache<Integer, ParsedSchema> parsed;

  public SchemaRegistry(
      RegistryStore store, CompatibilityChecker checker, RegistrySettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.parsers = new SchemaParsers(settings.parseLimits());
    this.schemas = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
    this.parsed = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
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
    int from = Math.min(Math.max(offset, 0), chosen.size());
    int to = limit > 0 ? Math.min(chosen.size(), from + limit) : chosen.size();
    return chosen.subList(from, to).stream()
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
    SubjectNames.requireValid(subject);
    SchemaFormat format = formatOf(submission.schemaType());
    requireText(submission.schema());
    requireWithinSize(submission.schema());
    RegistryMode mode = effectiveMode(subject);
    boolean explicitId = submission.id() != null && submission.id() >= 0;
    boolean explicitVersion = submission.version() != null && submission.version() > 0;
    if (mode == RegistryMode.READONLY) {
      throw new OperationNotPermittedException("Subject " + subject + " is in read-only mode");
    }
    if (explicitId && mode != RegistryMode.IMPORT) {
      throw new OperationNotPermittedException("Subject " + subject + " is not in import mode");
    }
    if (!explicitId && mode != RegistryMode.READWRITE) {
      throw new OperationNotPermittedException("Subject " + subject + " is not in read-write mode");
    }
    if (explicitVersion && mode != RegistryMode.IMPORT && submission.version() < 0) {
      throw new InvalidVersionException("version must be positive");
    }

    for (int attempt = 1; ; attempt++) {
      try {
        return registerOnce(subject, format, submission, mode, explicitId, explicitVersion);
      } catch (ConcurrentChangeException e) {
        if (attempt == WRITE_ATTEMPTS) {
          throw new RegistryStoreException(
              "Register operation failed: the subject kept changing concurrently", e);
        }
      }
    }
  }

  private Registration registerOnce(
      String subject,
      SchemaFormat format,
      SchemaSubmission submission,
      RegistryMode mode,
      boolean explicitId,
      boolean explicitVersion) {
    Candidate candidate = candidate(format, subject, submission);

    if (!explicitId && !explicitVersion) {
      // fast path, without the subject's lock: the subject already holds this schema
      Optional<Registration> existing = existingLive(subject, candidate, store.versions(subject));
      if (existing.isPresent()) {
        return existing.get();
      }
    }

    return store.writeSubject(
        subject,
        w -> {
          List<SubjectVersion> all = w.versions();
          if (!explicitId && !explicitVersion) {
            Optional<Registration> existing = existingLive(subject, candidate, all);
            if (existing.isPresent()) {
              return existing.get();
            }
          }
          int next = all.isEmpty() ? 1 : all.get(all.size() - 1).version() + 1;
          int version = next;
          if (explicitVersion) {
            version = submission.version();
            if (mode != RegistryMode.IMPORT && version != next) {
              throw new InvalidSchemaException(
                  "Version is not one more than previous version: the next version of subject "
                      + subject
                      + " is "
                      + next);
            }
            Optional<SubjectVersion> taken = find(all, version);
            if (taken.isPresent()) {
              int id = explicitId ? submission.id() : taken.get().schemaId();
              boolean same =
                  taken.get().schemaId() == id
                      && store
                          .schemaIdByHash(candidate.schema().format(), candidate.schema().sha256())
                          .equals(OptionalInt.of(id));
              if (same) {
                return new Registration(id, version, false); // an import retried
              }
              throw new OperationNotPermittedException(
                  "Version " + version + " of subject " + subject + " already exists");
            }
          }
          if (mode != RegistryMode.IMPORT) {
            requireCompatible(subject, candidate.parsed(), live(all));
          }
          int id;
          if (explicitId) {
            id = submission.id();
            w.importSchema(id, candidate.schema());
          } else {
            id = w.schemaIdFor(candidate.schema());
          }
          w.addVersion(version, id);
          return new Registration(id, version, true);
        });
  }

  private Optional<Registration> existingLive(
      String subject, Candidate candidate, List<SubjectVersion> versions) {
    OptionalInt id = store.schemaIdByHash(candidate.schema().format(), candidate.schema().sha256());
    if (id.isEmpty()) {
      return Optional.empty();
    }
    for (int i = versions.size() - 1; i >= 0; i--) {
      SubjectVersion v = versions.get(i);
      if (!v.deleted() && v.schemaId() == id.getAsInt()) {
        return Optional.of(new Registration(v.schemaId(), v.version(), false));
      }
    }
    return Optional.empty();
  }

  private void requireCompatible(
      String subject, ParsedSchema candidate, List<SubjectVersion> live) {
    CompatibilityResult result = checkAgainst(subject, candidate, live);
    if (!result.isCompatible()) {
      throw new IncompatibleSchemaException(
          "Schema being registered is incompatible with an earlier schema for subject \""
              + subject
              + "\", details: "
              + result.confluentMessages());
    }
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
    SchemaFormat format = formatOf(submission.schemaType());
    requireText(submission.schema());
    requireWithinSize(submission.schema());
    Candidate candidate = candidate(format, subject, submission);
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
    SchemaFormat format = formatOf(submission.schemaType());
    requireText(submission.schema());
    requireWithinSize(submission.schema());
    List<SubjectVersion> live = live(store.versions(subject));
    List<SubjectVersion> against;
    if (versionId.isEmpty()) {
      against = live;
    } else if (versionId.get().isLatest()) {
      against = live.isEmpty() ? List.of() : List.of(live.get(live.size() - 1));
    } else {
      against = List.of(find(subject, versionId.get(), false));
    }
    ParsedSchema candidate = candidate(format, subject, submission).parsed();
    CompatibilityResult result = checkAgainst(subject, candidate, against);
    return new CompatibilityVerdict(result.isCompatible(), result.confluentMessages());
  }

  private CompatibilityResult checkAgainst(
      String subject, ParsedSchema candidate, List<SubjectVersion> ascending) {
    List<VersionedSchema> newestFirst = new ArrayList<>(ascending.size());
    CompatibilityMode mode = effectiveCompatibility(subject);
    if (mode != CompatibilityMode.NONE) {
      for (int i = ascending.size() - 1; i >= 0; i--) {
        SubjectVersion v = ascending.get(i);
        newestFirst.add(new VersionedSchema(v.version(), parsedById(v.schemaId())));
        if (!mode.transitive()) {
          break;
        }
      }
    }
    return checker.check(mode, candidate, newestFirst);
  }

  // ---------------------------------------------------------------- deletes

  /**
   * Soft-deletes a version, or permanently deletes a soft-deleted one. Returns the version.
   *
   * @throws VersionSoftDeletedException (40406), VersionNotSoftDeletedException (40407),
   *     ReferenceExistsException (42206), OperationNotPermittedException (read-only)
   */
  public int deleteVersion(String subject, VersionId versionId, boolean permanent) {
    requireWritable(subject);
    if (store.versions(subject).isEmpty()) {
      throw subjectNotFound(subject);
    }
    SubjectVersion deleted =
        writeForDelete(
            subject,
            w -> {
              List<SubjectVersion> all = w.versions();
              List<SubjectVersion> live = live(all);
              if (all.isEmpty() || (!permanent && versionId.isLatest() && live.isEmpty())) {
                throw subjectNotFound(subject);
              }
              SubjectVersion target;
              if (versionId.isLatest()) {
                target = permanent ? all.get(all.size() - 1) : live.get(live.size() - 1);
              } else {
                target =
                    find(all, versionId.value())
                        .orElseThrow(
                            () ->
                                new VersionNotFoundException(
                                    "Version " + versionId.value() + " not found."));
              }
              if (!permanent && target.deleted()) {
                throw new VersionSoftDeletedException(
                    "Subject '"
                        + subject
                        + "' Version "
                        + target.version()
                        + " was soft deleted. Set permanent=true to delete permanently");
              }
              if (permanent && !target.deleted()) {
                throw new VersionNotSoftDeletedException(
                    "Subject '"
                        + subject
                        + "' Version "
                        + target.version()
                        + " was not deleted first before being permanently deleted");
              }
              requireUnreferenced(subject, target.version(), !permanent);
              if (permanent) {
                w.delete(target.version());
              } else {
                w.softDelete(target.version());
                if (live.size() == 1) {
                  w.deleteSettings();
                }
              }
              return target;
            });
    if (permanent) {
      dropUnused(List.of(deleted.schemaId()));
    }
    return deleted.version();
  }

  /**
   * Soft-deletes every live version of the subject (and its own settings), or permanently deletes a
   * soft-deleted subject. Returns the versions deleted.
   *
   * @throws SubjectSoftDeletedException (40404), SubjectNotSoftDeletedException (40405),
   *     ReferenceExistsException (42206), OperationNotPermittedException (read-only)
   */
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    requireWritable(subject);
    if (store.versions(subject).isEmpty()) {
      throw subjectNotFound(subject);
    }
    List<SubjectVersion> deleted =
        writeForDelete(
            subject,
            w -> {
              List<SubjectVersion> all = w.versions();
              List<SubjectVersion> live = live(all);
              if (all.isEmpty()) {
                throw subjectNotFound(subject);
              }
              if (!permanent && live.isEmpty()) {
                throw new SubjectSoftDeletedException(
                    "Subject '"
                        + subject
                        + "' was soft deleted. Set permanent=true to delete permanently");
              }
              if (permanent && !live.isEmpty()) {
                throw new SubjectNotSoftDeletedException(
                    "Subject '"
                        + subject
                        + "' was not deleted first before being permanently deleted");
              }
              List<SubjectVersion> targets = permanent ? all : live;
              for (SubjectVersion v : targets) {
                requireUnreferenced(subject, v.version(), !permanent);
              }
              for (SubjectVersion v : targets) {
                if (permanent) {
                  w.delete(v.version());
                } else {
                  w.softDelete(v.version());
                }
              }
              if (!permanent) {
                w.deleteSettings();
              }
              return targets;
            });
    if (permanent) {
      dropUnused(deleted.stream().map(SubjectVersion::schemaId).distinct().toList());
    }
    return deleted.stream().map(SubjectVersion::version).toList();
  }

  /** A delete losing a race to a new reference (the foreign key fired): 42206, as if seen. */
  private <T> T writeForDelete(
      String subject, java.util.function.Function<RegistryStore.SubjectWriter, T> work) {
    try {
      return store.writeSubject(subject, work);
    } catch (ConcurrentChangeException e) {
      throw new ReferenceExistsException(
          "One or more references to subject "
              + subject
              + " were registered while deleting; nothing was deleted");
    }
  }

  private void requireUnreferenced(String subject, int version, boolean liveOnly) {
    List<Integer> referrers = store.schemasReferencing(subject, version, liveOnly);
    if (!referrers.isEmpty()) {
      throw new ReferenceExistsException(
          "One or more references exist to the schema {subject="
              + subject
              + ", version="
              + version
              + "}: schema ids "
              + referrers);
    }
  }

  private void dropUnused(Collection<Integer> ids) {
    for (int id : store.deleteUnusedSchemas(ids)) {
      schemas.invalidate(id);
      parsed.invalidate(id);
    }
  }

  private void requireWritable(String subject) {
    if (effectiveMode(subject) == RegistryMode.READONLY) {
      throw new OperationNotPermittedException("Subject " + subject + " is in read-only mode");
    }
  }

  // ---------------------------------------------------------------- config

  public CompatibilityMode globalCompatibility() {
    return store.compatibility(RegistryStore.GLOBAL).orElse(settings.defaultCompatibility());
  }

  /** The level that applies to the subject: its own, else the global one. */
  public CompatibilityMode effectiveCompatibility(String subject) {
    return store.compatibility(subject).orElseGet(this::globalCompatibility);
  }

  public CompatibilityMode setGlobalCompatibility(String level) {
    CompatibilityMode mode = parseLevel(level);
    store.setCompatibility(RegistryStore.GLOBAL, mode);
    return mode;
  }

  /** Removes the global level (back to the configured default); returns the level it had. */
  public CompatibilityMode deleteGlobalCompatibility() {
    CompatibilityMode old = globalCompatibility();
    store.deleteCompatibility(RegistryStore.GLOBAL);
    return old;
  }

  /** {@link SubjectConfigNotFoundException} when the subject has none and not defaulting. */
  public CompatibilityMode subjectCompatibility(String subject, boolean defaultToGlobal) {
    Optional<CompatibilityMode> own = store.compatibility(subject);
    if (own.isPresent()) {
      return own.get();
    }
    if (defaultToGlobal) {
      return globalCompatibility();
    }
    throw new SubjectConfigNotFoundException(
        "Subject '" + subject + "' does not have subject-level compatibility configured");
  }

  public CompatibilityMode setSubjectCompatibility(String subject, String level) {
    SubjectNames.requireValid(subject);
    CompatibilityMode mode = parseLevel(level);
    store.setCompatibility(subject, mode);
    return mode;
  }

  /** Removes the subject's own level; returns it. {@link SubjectNotFoundException} when none. */
  public CompatibilityMode deleteSubjectCompatibility(String subject) {
    CompatibilityMode old =
        store.compatibility(subject).orElseThrow(() -> subjectNotFound(subject));
    store.deleteCompatibility(subject);
    return old;
  }

  private static CompatibilityMode parseLevel(String level) {
    if (level != null) {
      try {
        return CompatibilityMode.valueOf(level.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        // fall through
      }
    }
    throw new InvalidCompatibilityLevelException(
        "Invalid compatibility level. Valid values are none, backward, forward, full,"
            + " backward_transitive, forward_transitive, and full_transitive");
  }

  // ---------------------------------------------------------------- modes

  public RegistryMode globalMode() {
    return store.mode(RegistryStore.GLOBAL).orElse(RegistryMode.READWRITE);
  }

  public RegistryMode effectiveMode(String subject) {
    return store.mode(subject).orElseGet(this::globalMode);
  }

  /**
   * Sets the global mode. IMPORT needs an empty registry unless {@code force}: ids and versions
   * imported into a registry that already assigns them would collide.
   */
  public RegistryMode setGlobalMode(String name, boolean force) {
    RegistryMode mode = RegistryMode.parse(name);
    if (mode == RegistryMode.IMPORT && !force && !subjects("", false, false).isEmpty()) {
      throw new OperationNotPermittedException(
          "Cannot import since found existing subjects; use force=true to set IMPORT anyway");
    }
    store.setMode(RegistryStore.GLOBAL, mode);
    return mode;
  }

  public RegistryMode setSubjectMode(String subject, String name, boolean force) {
    SubjectNames.requireValid(subject);
    RegistryMode mode = RegistryMode.parse(name);
    if (mode == RegistryMode.IMPORT && !force && !live(store.versions(subject)).isEmpty()) {
      throw new OperationNotPermittedException(
          "Cannot import since found existing subjects; use force=true to set IMPORT anyway");
    }
    store.setMode(subject, mode);
    return mode;
  }

  /** {@link SubjectModeNotFoundException} when the subject has none and not defaulting. */
  public RegistryMode subjectMode(String subject, boolean defaultToGlobal) {
    Optional<RegistryMode> own = store.mode(subject);
    if (own.isPresent()) {
      return own.get();
    }
    if (defaultToGlobal) {
      return globalMode();
    }
    throw new SubjectModeNotFoundException(
        "Subject '" + subject + "' does not have subject-level mode configured");
  }

  /** Removes the subject's own mode; returns it. {@link SubjectNotFoundException} when none. */
  public RegistryMode deleteSubjectMode(String subject) {
    RegistryMode old = store.mode(subject).orElseThrow(() -> subjectNotFound(subject));
    store.deleteMode(subject);
    return old;
  }

  // ---------------------------------------------------------------- parsing and identity

  /** A submission parsed, with its references resolved to concrete versions, and its identity. */
  private record Candidate(ParsedSchema parsed, NewSchema schema) {}

  private Candidate candidate(SchemaFormat format, String subject, SchemaSubmission submission) {
    Map<String, SchemaReference> texts = new LinkedHashMap<>();
    List<RegisteredReference> concrete = new ArrayList<>();
    for (RegisteredReference ref : submission.references()) {
      SubjectVersion target = resolveReference(ref);
      concrete.add(new RegisteredReference(ref.name(), ref.subject(), target.version()));
      collect(ref.name(), target.schemaId(), texts, 1);
    }
    long total = ParseLimits.utf8Length(submission.schema());
    for (SchemaReference r : texts.values()) {
      total += ParseLimits.utf8Length(r.text());
    }
    if (total > settings.maxSchemaBytes()) {
      throw tooLarge(total);
    }
    ParsedSchema parsedSchema =
        parsers
            .forFormat(format)
            .parse(sourceName(format, subject), submission.schema(), List.copyOf(texts.values()));
    String sha = identity(format, parsedSchema.canonicalForm(), concrete);
    return new Candidate(parsedSchema, new NewSchema(format, submission.schema(), sha, concrete));
  }

  /** The stored schema parsed with its references; cached by id. */
  private ParsedSchema parsedById(int id) {
    return parsed.get(
        id,
        k -> {
          StoredSchema s = schemaById(k);
          Map<String, SchemaReference> texts = new LinkedHashMap<>();
          for (RegisteredReference ref : s.references()) {
            collect(ref.name(), resolveReference(ref).schemaId(), texts, 1);
          }
          return parsers
              .forFormat(s.format())
              .parse(sourceName(s.format(), "id-" + k), s.text(), List.copyOf(texts.values()));
        });
  }

  /** Adds a referenced schema's own references first, then the schema: dependencies first. */
  private void collect(String name, int schemaId, Map<String, SchemaReference> texts, int depth) {
    if (texts.containsKey(name)) {
      return;
    }
    if (depth > MAX_REFERENCE_DEPTH || texts.size() >= MAX_REFERENCES) {
      throw new InvalidSchemaException(
          "Invalid schema: references nest deeper than "
              + MAX_REFERENCE_DEPTH
              + " or number more than "
              + MAX_REFERENCES);
    }
    StoredSchema referenced = schemaById(schemaId);
    for (RegisteredReference inner : referenced.references()) {
      collect(inner.name(), resolveReference(inner).schemaId(), texts, depth + 1);
    }
    texts.putIfAbsent(name, new SchemaReference(name, referenced.text()));
  }

  private SubjectVersion resolveReference(RegisteredReference ref) {
    if (ref.name().isBlank() || ref.subject().isEmpty()) {
      throw new InvalidSchemaException(
          "Invalid schema reference: name and subject are required, got " + describe(ref));
    }
    if (ref.version() == 0 || ref.version() < -1) {
      throw new InvalidSchemaException(
          "Invalid schema reference " + describe(ref) + ": version must be positive or -1");
    }
    List<SubjectVersion> all = store.versions(ref.subject());
    Optional<SubjectVersion> target =
        ref.version() == -1 ? live(all).stream().reduce((a, b) -> b) : find(all, ref.version());
    return target.orElseThrow(
        () ->
            new InvalidSchemaException(
                "Invalid schema reference " + describe(ref) + ": no such subject version"));
  }

  private static String describe(RegisteredReference ref) {
    return "{name="
        + SubjectNames.printable(ref.name())
        + ", subject="
        + SubjectNames.printable(ref.subject())
        + ", version="
        + ref.version()
        + "}";
  }

  private static String sourceName(SchemaFormat format, String subject) {
    return format == SchemaFormat.PROTOBUF ? "schema.proto" : subject;
  }

  private static String identity(
      SchemaFormat format, String canonicalForm, List<RegisteredReference> references) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(format.name().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(canonicalForm.getBytes(StandardCharsets.UTF_8));
      for (RegisteredReference r : references) {
        digest.update((byte) 0);
        digest.update(r.name().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(r.subject().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(r.version()).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static SchemaFormat formatOf(String schemaType) {
    if (schemaType == null || schemaType.isEmpty()) {
      return SchemaFormat.AVRO;
    }
    String t = schemaType.trim().toUpperCase(Locale.ROOT);
    if (t.equals("AVRO")) {
      return SchemaFormat.AVRO;
    }
    if (t.equals("PROTOBUF")) {
      return SchemaFormat.PROTOBUF;
    }
    String shown = schemaType.length() > 40 ? schemaType.substring(0, 40) + "…" : schemaType;
    throw new InvalidSchemaException(
        "Invalid schema type '"
            + SubjectNames.printable(shown)
            + "': this registry supports AVRO and PROTOBUF");
  }

  private static void requireText(String schema) {
    if (schema == null || schema.isBlank()) {
      throw new InvalidSchemaException("Invalid schema: the schema is empty");
    }
  }

  private void requireWithinSize(String schema) {
    long bytes = ParseLimits.utf8Length(schema);
    if (bytes > settings.maxSchemaBytes()) {
      throw tooLarge(bytes);
    }
  }

  private SchemaTooLargeException tooLarge(long bytes) {
    return new SchemaTooLargeException(
        "Schema is too large: "
            + bytes
            + " bytes (UTF-8, with its references); the limit is "
            + settings.maxSchemaBytes());
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
    return find(visible, versionId.value())
        .orElseThrow(
            () -> new VersionNotFoundException("Version " + versionId.value() + " not found."));
  }

  private static Optional<SubjectVersion> find(List<SubjectVersion> versions, int version) {
    for (SubjectVersion v : versions) {
      if (v.version() == version) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static List<SubjectVersion> visible(List<SubjectVersion> all, boolean deleted) {
    return deleted ? all : live(all);
  }

  private static List<SubjectVersion> live(List<SubjectVersion> all) {
    return all.stream().filter(v -> !v.deleted()).toList();
  }

  private static SubjectNotFoundException subjectNotFound(String subject) {
    return new SubjectNotFoundException(
        "Subject '" + SubjectNames.printable(subject) + "' not found.");
  }

  /** For tests and benchmarks: how many schemas by id are cached now. */
  long cachedSchemas() {
    return schemas.estimatedSize();
  }
}
