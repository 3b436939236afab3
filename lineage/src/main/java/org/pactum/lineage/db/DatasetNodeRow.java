package org.pactum.lineage.db;

/** A dataset reached by a walk, at its shortest distance from the start. */
public record DatasetNodeRow(long id, int distance, String namespace, String name) {}
