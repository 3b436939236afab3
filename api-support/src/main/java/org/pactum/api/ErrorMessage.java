package org.pactum.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Every error body Pactum sends (DESIGN.md §5), the Confluent registry API's included: {@code
 * {"error_code": 42202, "message": "..."}}.
 */
@JsonPropertyOrder({"error_code", "message"})
public record ErrorMessage(
    @JsonProperty("error_code") int errorCode, @JsonProperty("message") String message) {}
