package org.pactum.streams.client;

/** One version of a subject: its number and the schema it holds. */
public record SubjectVersion(String subject, int version, RegisteredSchema schema) {}
