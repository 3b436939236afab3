package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The answer to a request or a resume: the id, its state, its due date and where to poll. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RequestAccepted(
    UUID requestId, String status, Instant dueAt, Map<String, String> links) {}
