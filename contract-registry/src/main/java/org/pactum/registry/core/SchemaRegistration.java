package org.pactum.registry.core;

import static org.pactum.registry.core.SubjectVersions.live;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.SchemaCandidates.Candidate;
import org.pactum.registry.core.schema.InvalidSchemaException;

/**
 * Registering a schema under a subject with Confluent's rules: the subject's mode decides whether
 * ids and versions may be given (IMPORT) or writes are refused (READONLY); a schema the subject
 * already holds returns its id; a new version is checked against the subject's level and assigned
 * under the subject's lock, retried when the subject changed concurrently.
 */
final class SchemaRegistration {
  private static final int WRITE_ATTEMPTS = 3;

  private final RegistryStore store;
  private final SchemaCandidates candidates;
  private final LevelsAndModes levelsAndModes;
  private final SubjectCompatibility compatibility;

  SchemaRegistration(
      RegistryStore store,
      SchemaCandidates candidates,
      LevelsAndModes levelsAndModes,
      SubjectCompatibility compatibility) {
    this.store = store;
    this.candidates = candidates;
    this.levelsAndModes = levelsAndModes;
    this.compatibility = compatibility;
  }

  /**
   * Registers the schema under the subject, or returns its id when the subject already holds it.
   *
   * @throws InvalidSubjectException, InvalidSchemaException, SchemaTooLargeException,
   *     OperationNotPermittedException (mode), IncompatibleSchemaException, IdDoesNotMatchException
   */
  Registration register(String subject, SchemaSubmission submission) {
    SubjectNames.requireValid(subject);
    SchemaFormat format = candidates.checkSubmission(submission);
    RegistryMode mode = levelsAndModes.effectiveMode(subject);
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
    Candidate candidate = candidates.candidate(format, subject, submission);

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
            Optional<SubjectVersion> taken = SubjectVersions.find(all, version);
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
            compatibility.require(subject, candidate.parsed(), live(all));
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
}
