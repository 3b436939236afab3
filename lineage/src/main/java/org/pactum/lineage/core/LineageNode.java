package org.pactum.lineage.core;

/**
 * A column reached from the start of a walk.
 *
 * @param distance the fewest edges between it and the start
 * @param side UP (a source of the start) or DOWN (a consumer of it)
 */
public record LineageNode(ColumnRef column, int distance, Direction side) {}
