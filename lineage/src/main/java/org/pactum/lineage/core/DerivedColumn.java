package org.pactum.lineage.core;

/** A column fed DIRECT and unmasked (transitively) by {@code origin}. */
public record DerivedColumn(ColumnRef column, ColumnRef origin) {}
