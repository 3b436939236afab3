package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Pactum's error body (DESIGN.md §5): {@code {"error_code": 42201, "message": "..."}}. */
@JsonPropertyOrder({"error_code", "message"})
public record ErrorMessage(
    @JsonProperty("error_code") int errorCode, @JsonProperty("message") String message) {}
