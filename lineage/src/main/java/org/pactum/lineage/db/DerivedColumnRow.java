package org.pactum.lineage.db;

/** A column reached from {@code origin*} through DIRECT, unmasked edges only. */
public record DerivedColumnRow(
    String namespace,
    String dataset,
    String columnName,
    String originNamespace,
    String originDataset,
    String originColumn) {}
