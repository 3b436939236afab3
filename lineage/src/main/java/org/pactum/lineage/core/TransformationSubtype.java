package org.pactum.lineage.core;

import java.util.Locale;
import java.util.Optional;

/** OpenLineage's transformation subtypes, each belonging to one {@link TransformationType}. */
public enum TransformationSubtype {
  /** The output is the input, unchanged. */
  IDENTITY(TransformationType.DIRECT),
  /** The output is computed from the input (an expression, a cast, a function). */
  TRANSFORMATION(TransformationType.DIRECT),
  /** The output aggregates the input. */
  AGGREGATION(TransformationType.DIRECT),
  /** The input is a join key. */
  JOIN(TransformationType.INDIRECT),
  /** The input filters the rows (WHERE, HAVING, QUALIFY). */
  FILTER(TransformationType.INDIRECT),
  /** The input groups the rows. */
  GROUP_BY(TransformationType.INDIRECT),
  /** The input sorts the rows. */
  SORT(TransformationType.INDIRECT),
  /** The input partitions or orders a window. */
  WINDOW(TransformationType.INDIRECT),
  /** The input is a condition choosing the output's value (CASE WHEN, IF). */
  CONDITIONAL(TransformationType.INDIRECT);

  private final TransformationType type;

  TransformationSubtype(TransformationType type) {
    this.type = type;
  }

  public TransformationType type() {
    return type;
  }

  /** The subtype named {@code text} (any case), if there is one. */
  public static Optional<TransformationSubtype> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The subtype of a DIRECT flow through two steps (this step, then {@code next}): the stronger of
   * the two, AGGREGATION over TRANSFORMATION over IDENTITY.
   */
  public TransformationSubtype then(TransformationSubtype next) {
    if (type != TransformationType.DIRECT || next.type != TransformationType.DIRECT) {
      throw new IllegalArgumentException("only DIRECT subtypes compose: " + this + ", " + next);
    }
    return ordinal() >= next.ordinal() ? this : next;
  }
}
