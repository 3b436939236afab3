package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.PlanGap;

/**
 * An erasure request as the API shows it: never the subject id, nor its HMAC. {@code datasets} and
 * {@code gaps} (the plan, with each dataset's execution state) are null in lists. A dataset's
 * {@code columns} names every PII column with its action ({@code retain} included); {@code
 * retained} gives each retained column's legal basis, and {@code note} says what was kept.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestJson(
    UUID requestId,
    String subjectType,
    String requestedBy,
    String legalBasis,
    String status,
    String statusReason,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt,
    boolean overdue,
    List<DatasetJson> datasets,
    List<GapJson> gaps,
    Map<String, String> links) {

  static RequestJson of(
      ErasureRequest r, Instant now, List<DatasetState> datasets, List<PlanGap> gaps) {
    String self = ErasurePaths.REQUESTS + "/" + r.requestId();
    return new RequestJson(
        r.requestId(),
        r.subjectType(),
        r.requestedBy(),
        r.legalBasis(),
        r.status().name(),
        r.statusReason(),
        r.receivedAt(),
        r.dueAt(),
        r.finishedAt(),
        r.overdue(now),
        datasets == null ? null : datasets.stream().map(DatasetJson::of).toList(),
        gaps == null ? null : gaps.stream().map(GapJson::of).toList(),
        Map.of("self", self, "audit", self + "/audit"));
  }

  /** A planned dataset with its state. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record DatasetJson(
      String dataset,
      String contractId,
      String source,
      String datasource,
      String table,
      String keyColumn,
      String mode,
      Map<String, String> columns,
      Map<String, String> retained,
      String status,
      int attempts,
      Long rowsMatched,
      Long rowsAffected,
      Long rowsRemaining,
      String error,
      String note) {
    static DatasetJson of(DatasetState s) {
      var d = s.dataset();
      Map<String, String> cols = new LinkedHashMap<>();
      d.columns().forEach((c, a) -> cols.put(c, a.yamlName()));
      d.retained().keySet().forEach(c -> cols.put(c, ErasureAction.RETAIN.yamlName()));
      return new DatasetJson(
          d.name(),
          d.contractId(),
          d.source().name(),
          d.datasource(),
          d.table(),
          d.keyColumn(),
          d.mode().name(),
          cols,
          d.retained(),
          s.status().name(),
          s.attempts(),
          s.rowsMatched(),
          s.rowsAffected(),
          s.rowsRemaining(),
          s.error(),
          s.note());
    }
  }

  /** What the plan cannot cover. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record GapJson(
      String contractId, String datasource, String table, String column, String reason) {
    static GapJson of(PlanGap g) {
      return new GapJson(g.contractId(), g.datasource(), g.table(), g.column(), g.reason());
    }
  }
}
