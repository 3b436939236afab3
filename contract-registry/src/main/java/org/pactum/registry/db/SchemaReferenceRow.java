package org.pactum.registry.db;

/** A row of {@code registry.schema_reference}. */
public record SchemaReferenceRow(
    int schemaId, int position, String name, String refSubject, int refVersion) {}
