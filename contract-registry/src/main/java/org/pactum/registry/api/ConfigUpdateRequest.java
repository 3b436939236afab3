package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Confluent's {@code ConfigUpdateRequest}: {@code {"compatibility": "FULL"}}; the answer to a PUT
 * echoes it. {@code compatibilityLevel} is accepted as a synonym.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfigUpdateRequest(@JsonAlias("compatibilityLevel") String compatibility) {}
