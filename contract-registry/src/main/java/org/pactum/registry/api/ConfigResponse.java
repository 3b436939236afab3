package org.pactum.registry.api;

/** Confluent's {@code Config} as read: {@code {"compatibilityLevel": "BACKWARD"}}. */
public record ConfigResponse(String compatibilityLevel) {}
