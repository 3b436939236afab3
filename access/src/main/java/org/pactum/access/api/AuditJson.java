package org.pactum.access.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.pactum.access.core.AuditLink;
import org.pactum.access.core.ChainCheck;

/** The audit trail's JSON: one link, and a chain check. */
final class AuditJson {
  private AuditJson() {}

  record Link(
      long seq,
      @JsonProperty("occurred_at") String occurredAt,
      String principal,
      String role,
      String action,
      String target,
      int status,
      String outcome,
      String source,
      @JsonProperty("request_id") String requestId,
      @JsonProperty("prev_hash") String prevHash,
      String hash) {
    static Link of(AuditLink l) {
      var e = l.entry();
      return new Link(
          l.seq(),
          e.at().toString(),
          e.principal(),
          e.role(),
          e.action(),
          e.target(),
          e.status(),
          e.outcome().wireName(),
          e.source(),
          e.requestId(),
          l.prevHash(),
          l.hash());
    }
  }

  record Check(
      boolean intact,
      long checked,
      @JsonProperty("first_broken") Long firstBroken,
      String problem) {
    static Check of(ChainCheck c) {
      return new Check(
          c.intact(), c.checked(), c.firstBroken().orElse(null), c.problem().orElse(null));
    }
  }
}
