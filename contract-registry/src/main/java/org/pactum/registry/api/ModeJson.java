package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Confluent's {@code Mode} and {@code ModeUpdateRequest}: {@code {"mode": "READWRITE"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModeJson(String mode) {}
