package org.pactum.lineage.core;

/** A column a contract change touches, and why. */
public record ColumnChange(String column, String reason) {}
