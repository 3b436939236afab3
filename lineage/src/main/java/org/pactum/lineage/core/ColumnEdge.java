package org.pactum.lineage.core;

import java.util.Objects;

/**
 * A column feeding another column.
 *
 * @param subtype its {@link TransformationSubtype#type()} is the edge's type
 * @param masking whether the transformation masks the input (a hash, a count)
 */
public record ColumnEdge(
    ColumnRef source, ColumnRef target, TransformationSubtype subtype, boolean masking)
    implements TypedLink<ColumnRef> {
  public ColumnEdge {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(subtype, "subtype");
  }

  @Override
  public String toString() {
    return source + " -> " + target + " " + type() + "/" + subtype + (masking ? " masked" : "");
  }
}
