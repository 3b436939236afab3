package org.pactum.lineage.core;

/** A dataset reached from the start of a walk, at its fewest edges from it. */
public record DatasetNode(DatasetRef dataset, int distance, Direction side) {}
