package org.pactum.lineage.db;

/** A dataset's id, namespace and name, as an upsert returns them. */
public record DatasetIdRow(long id, String namespace, String name) {}
