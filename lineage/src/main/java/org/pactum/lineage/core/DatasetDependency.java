package org.pactum.lineage.core;

import java.util.Objects;

/** A column affecting a whole dataset (the columnLineage facet's dataset-level dependencies). */
public record DatasetDependency(
    ColumnRef source, DatasetRef target, TransformationSubtype subtype, boolean masking)
    implements TypedLink<DatasetRef> {
  public DatasetDependency {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(subtype, "subtype");
  }
}
