package org.pactum.lineage.core;

import java.util.Objects;

/** One column of a dataset. */
public record ColumnRef(DatasetRef dataset, String column) {
  public ColumnRef {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(column, "column");
  }

  public static ColumnRef of(String namespace, String dataset, String column) {
    return new ColumnRef(new DatasetRef(namespace, dataset), column);
  }

  /** {@code namespace:name.column}. */
  @Override
  public String toString() {
    return dataset + "." + column;
  }
}
