package org.pactum.lineage.db;

/** A column reached by a walk, at its shortest distance from the start. */
public record ColumnNodeRow(
    long id, int distance, String namespace, String dataset, String columnName) {}
