package org.pactum.lineage.core;

import java.util.Comparator;
import java.util.Objects;

/** One column of a dataset. */
public record ColumnRef(DatasetRef dataset, String column) {
  /** By namespace, dataset name, then column. */
  public static final Comparator<ColumnRef> ORDER =
      Comparator.comparing((ColumnRef c) -> c.dataset().namespace())
          .thenComparing(c -> c.dataset().name())
          .thenComparing(ColumnRef::column);

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
