package org.pactum.registry.db;

/** A row of {@code registry.subject_version}. */
public record SubjectVersionRow(String subject, int version, int schemaId, boolean deleted) {}
