package org.pactum.lineage.erasure.core;

/** One planned dataset's execution state. Only {@code VERIFIED} counts as erased. */
public enum DatasetStatus {
  PENDING,
  RUNNING,
  VERIFIED,
  FAILED
}
