package org.pactum.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Confluent's {@code CompatibilityCheckResponse}: {@code {"is_compatible": false, "messages":
 * [...]}}; {@code messages} only with {@code verbose=true}.
 */
public record CompatibilityCheckResponse(
    @JsonProperty("is_compatible") boolean isCompatible,
    @JsonProperty("messages") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> messages) {}
