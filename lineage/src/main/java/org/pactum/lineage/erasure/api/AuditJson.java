package org.pactum.lineage.erasure.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pactum.lineage.erasure.core.AuditEvent;
import org.pactum.lineage.erasure.core.ChainVerification;

/** A request's audit events, and the verification of the whole chain they belong to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditJson(UUID requestId, ChainJson chain, List<EventJson> events) {

  /** One link. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record EventJson(
      long seq,
      UUID requestId,
      String eventType,
      Instant occurredAt,
      Map<String, Object> detail,
      String prevHash,
      String hash) {
    static EventJson of(AuditEvent e) {
      return new EventJson(
          e.seq(),
          e.requestId(),
          e.eventType(),
          e.occurredAt(),
          e.detail(),
          e.prevHash(),
          e.hash());
    }
  }

  /** The chain's verification: {@code first_broken_seq} names the first link that fails. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ChainJson(boolean valid, long events, Long firstBrokenSeq, String problem) {
    static ChainJson of(ChainVerification v) {
      return new ChainJson(v.valid(), v.events(), v.firstBrokenSeq(), v.problem());
    }
  }
}
