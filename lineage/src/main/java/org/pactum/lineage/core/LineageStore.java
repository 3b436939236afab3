package org.pactum.lineage.core;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where the graph is kept (the {@code lineage} schema). */
public interface LineageStore {

  /** Stores what a run reported; idempotent: the same batch again changes only last-seen data. */
  void record(LineageBatch batch);

  /**
   * The columns within {@code depth} edges of {@code root} in {@code direction} (edges of {@code
   * type} only, null: all), and a page of the edges among them; empty when the graph has no such
   * column.
   */
  Optional<ColumnGraph> columnGraph(
      ColumnRef root, Direction direction, int depth, TransformationType type, EdgePage edges);

  /** The datasets within {@code depth} edges of {@code root}; empty when it is not in the graph. */
  Optional<DatasetGraph> datasetGraph(DatasetRef root, Direction direction, int depth);

  /** Whether the graph has the dataset (one indexed lookup). */
  boolean hasDataset(DatasetRef dataset);

  /** A dataset's columns and the edges into and out of them; empty when it is not in the graph. */
  Optional<DatasetColumns> datasetColumns(DatasetRef dataset);

  /** The columns fed DIRECT and unmasked, transitively, by any of {@code origins}. */
  List<DerivedColumn> derivedFrom(Collection<ColumnRef> origins);
}
