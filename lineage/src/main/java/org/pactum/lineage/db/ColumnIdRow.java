package org.pactum.lineage.db;

/** A column's id and name, as an upsert returns them. */
public record ColumnIdRow(long id, long datasetId, String name) {}
