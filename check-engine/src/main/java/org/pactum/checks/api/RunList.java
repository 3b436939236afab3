package org.pactum.checks.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A page of runs, newest first; {@code contract} is set for a contract's history. {@code next} is
 * the cursor of the page after (DESIGN.md §5), null on the last page.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunList(
    String contract,
    int limit,
    List<RunJson> runs,
    @JsonInclude(JsonInclude.Include.ALWAYS) String next) {}
