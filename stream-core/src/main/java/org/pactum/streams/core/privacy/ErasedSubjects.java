package org.pactum.streams.core.privacy;

/**
 * Whether a data subject was erased (the erasure module's suppression list). Implementations may
 * cache the list and refresh it; they never keep or log the id they are asked about.
 */
public interface ErasedSubjects {
  /** Nobody is erased: for contracts without a PII subject, and for tests. */
  ErasedSubjects NONE = (subjectType, subjectId) -> false;

  boolean erased(String subjectType, String subjectId);
}
