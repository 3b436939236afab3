package org.pactum.registry.core;

import static org.pactum.registry.core.SubjectVersions.live;
import static org.pactum.registry.core.SubjectVersions.subjectNotFound;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Soft and permanent deletes of subject versions and subjects, with Confluent's rules: permanent
 * only after soft, never while referenced, never in read-only mode. Part of {@link SchemaRegistry}.
 */
final class SubjectDeletes {

  private final RegistryStore store;
  private final LevelsAndModes levelsAndModes;
  private final IntConsumer evictSchema;

  /**
   * @param evictSchema drops a permanently deleted schema id from the registry's caches
   */
  SubjectDeletes(RegistryStore store, LevelsAndModes levelsAndModes, IntConsumer evictSchema) {
    this.store = store;
    this.levelsAndModes = levelsAndModes;
    this.evictSchema = evictSchema;
  }

  /**
   * Soft-deletes a version, or permanently deletes a soft-deleted one. Returns the version.
   *
   * @throws VersionSoftDeletedException (40406), VersionNotSoftDeletedException (40407),
   *     ReferenceExistsException (42206), OperationNotPermittedException (read-only)
   */
  int deleteVersion(String subject, VersionId versionId, boolean permanent) {
    levelsAndModes.requireWritable(subject);
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
                    SubjectVersions.find(all, versionId.value())
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
  List<Integer> deleteSubject(String subject, boolean permanent) {
    levelsAndModes.requireWritable(subject);
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
  private <T> T writeForDelete(String subject, Function<RegistryStore.SubjectWriter, T> work) {
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
      evictSchema.accept(id);
    }
  }
}
