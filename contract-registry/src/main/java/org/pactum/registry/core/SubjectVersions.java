package org.pactum.registry.core;

import java.util.List;
import java.util.Optional;

/** Lookups over a subject's versions, in ascending order, as the store lists them. */
final class SubjectVersions {

  private SubjectVersions() {}

  static Optional<SubjectVersion> find(List<SubjectVersion> versions, int version) {
    for (SubjectVersion v : versions) {
      if (v.version() == version) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static List<SubjectVersion> visible(List<SubjectVersion> all, boolean deleted) {
    return deleted ? all : live(all);
  }

  static List<SubjectVersion> live(List<SubjectVersion> all) {
    return all.stream().filter(v -> !v.deleted()).toList();
  }

  static SubjectNotFoundException subjectNotFound(String subject) {
    return new SubjectNotFoundException(
        "Subject '" + SubjectNames.printable(subject) + "' not found.");
  }
}
