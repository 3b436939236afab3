package org.pactum.registry.api;

/** Confluent's {@code SubjectVersion}: {@code {"subject": "s", "version": 1}}. */
public record SubjectVersionJson(String subject, int version) {}
