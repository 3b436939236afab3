package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pactum.lineage.erasure.core.SweepReport;

/** A sweep's report. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SweepJson(
    UUID sweepId,
    String trigger,
    Instant startedAt,
    Instant finishedAt,
    int datasetsChecked,
    int reappearances,
    List<FindingJson> findings) {

  static SweepJson of(SweepReport r) {
    return new SweepJson(
        r.sweepId(),
        r.trigger(),
        r.startedAt(),
        r.finishedAt(),
        r.datasetsChecked(),
        r.reappearances(),
        r.findings().stream()
            .map(
                f -> new FindingJson(f.requestId(), f.datasource(), f.table(), f.rows(), f.error()))
            .toList());
  }

  /** Rows of an erased subject found again in a dataset, or why it could not be checked. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FindingJson(
      UUID requestId, String datasource, String table, long rows, String error) {}
}
