package org.pactum.checks.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** The answer to {@code POST /api/v1/runs}: the run's id, its state and where to poll it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunAccepted(String runId, String status, Map<String, String> links) {}
