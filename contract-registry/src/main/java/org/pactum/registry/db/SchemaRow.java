package org.pactum.registry.db;

/** A row of {@code registry.schema}. */
public record SchemaRow(int id, String format, String schemaText, String canonicalSha256) {}
