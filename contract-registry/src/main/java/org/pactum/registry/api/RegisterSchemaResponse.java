package org.pactum.registry.api;

/** Confluent's {@code RegisterSchemaResponse}: {@code {"id": 1}}. */
public record RegisterSchemaResponse(int id) {}
