package org.pactum.lineage.core;

/**
 * A column feeding a target (a column: {@link ColumnEdge}; a whole dataset: {@link
 * DatasetDependency}) through a transformation.
 *
 * @param <T> the target's kind
 */
public interface TypedLink<T> {
  ColumnRef source();

  T target();

  TransformationSubtype subtype();

  /** Whether the transformation masks the input (a hash, a count). */
  boolean masking();

  /** The subtype's {@link TransformationSubtype#type()}. */
  default TransformationType type() {
    return subtype().type();
  }
}
