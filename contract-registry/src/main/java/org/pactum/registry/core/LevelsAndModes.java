package org.pactum.registry.core;

import static org.pactum.registry.core.SubjectVersions.live;
import static org.pactum.registry.core.SubjectVersions.subjectNotFound;

import java.util.Locale;
import java.util.Optional;
import org.pactum.contracts.model.CompatibilityMode;

/**
 * Compatibility levels and modes, global and per subject: what is set, what applies, and the
 * defaults when nothing is set. Part of {@link SchemaRegistry}.
 */
final class LevelsAndModes {

  private final RegistryStore store;
  private final RegistrySettings settings;

  LevelsAndModes(RegistryStore store, RegistrySettings settings) {
    this.store = store;
    this.settings = settings;
  }

  // ---------------------------------------------------------------- compatibility levels

  CompatibilityMode globalCompatibility() {
    return store.compatibility(RegistryStore.GLOBAL).orElse(settings.defaultCompatibility());
  }

  /** The level that applies to the subject: its own, else the global one. */
  CompatibilityMode effectiveCompatibility(String subject) {
    return store.compatibility(subject).orElseGet(this::globalCompatibility);
  }

  CompatibilityMode setGlobalCompatibility(String level) {
    CompatibilityMode mode = parseLevel(level);
    store.setCompatibility(RegistryStore.GLOBAL, mode);
    return mode;
  }

  /** Removes the global level (back to the configured default); returns the level it had. */
  CompatibilityMode deleteGlobalCompatibility() {
    CompatibilityMode old = globalCompatibility();
    store.deleteCompatibility(RegistryStore.GLOBAL);
    return old;
  }

  /** {@link SubjectConfigNotFoundException} when the subject has none and not defaulting. */
  CompatibilityMode subjectCompatibility(String subject, boolean defaultToGlobal) {
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

  CompatibilityMode setSubjectCompatibility(String subject, String level) {
    SubjectNames.requireValid(subject);
    CompatibilityMode mode = parseLevel(level);
    store.setCompatibility(subject, mode);
    return mode;
  }

  /** Removes the subject's own level; returns it. {@link SubjectNotFoundException} when none. */
  CompatibilityMode deleteSubjectCompatibility(String subject) {
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

  RegistryMode globalMode() {
    return store.mode(RegistryStore.GLOBAL).orElse(RegistryMode.READWRITE);
  }

  RegistryMode effectiveMode(String subject) {
    return store.mode(subject).orElseGet(this::globalMode);
  }

  /**
   * Sets the global mode. IMPORT needs an empty registry unless {@code force}: ids and versions
   * imported into a registry that already assigns them would collide.
   */
  RegistryMode setGlobalMode(String name, boolean force) {
    RegistryMode mode = RegistryMode.parse(name);
    if (mode == RegistryMode.IMPORT && !force && hasLiveSubjects()) {
      throw new OperationNotPermittedException(
          "Cannot import since found existing subjects; use force=true to set IMPORT anyway");
    }
    store.setMode(RegistryStore.GLOBAL, mode);
    return mode;
  }

  RegistryMode setSubjectMode(String subject, String name, boolean force) {
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
  RegistryMode subjectMode(String subject, boolean defaultToGlobal) {
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
  RegistryMode deleteSubjectMode(String subject) {
    RegistryMode old = store.mode(subject).orElseThrow(() -> subjectNotFound(subject));
    store.deleteMode(subject);
    return old;
  }

  /** {@link OperationNotPermittedException} when the subject's mode is READONLY. */
  void requireWritable(String subject) {
    if (effectiveMode(subject) == RegistryMode.READONLY) {
      throw new OperationNotPermittedException("Subject " + subject + " is in read-only mode");
    }
  }

  /** Whether any subject has a live version. */
  private boolean hasLiveSubjects() {
    return store.allVersions("").stream().anyMatch(v -> !v.deleted());
  }
}
