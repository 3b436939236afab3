package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  private static final UUID REQUEST = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00.123456Z");

  private static List<AuditEvent> chain(int n) {
    List<AuditEvent> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEvent unsigned =
          new AuditEvent(i, REQUEST, "e" + i, AT, Map.of("n", i, "b", "x"), prev, null);
      AuditEvent e =
          new AuditEvent(
              i, REQUEST, "e" + i, AT, unsigned.detail(), prev, AuditChain.hash(unsigned));
      out.add(e);
      prev = e.hash();
    }
    return out;
  }

  private static ChainVerification walk(List<AuditEvent> events) {
    AuditChain.Walker w = new AuditChain.Walker();
    for (AuditEvent e : events) {
      if (!w.next(e)) {
        break;
      }
    }
    return w.result();
  }

  @Test
  void hashIsIndependentOfDetailKeyOrderAndIntegerWidth() {
    AuditEvent a =
        new AuditEvent(1, REQUEST, "t", AT, Map.of("a", 1, "b", "x"), AuditChain.GENESIS, null);
    var ordered = new java.util.LinkedHashMap<String, Object>();
    ordered.put("b", "x");
    ordered.put("a", 1L);
    AuditEvent b = new AuditEvent(1, REQUEST, "t", AT, ordered, AuditChain.GENESIS, null);
    assertThat(AuditChain.hash(a)).isEqualTo(AuditChain.hash(b)).hasSize(64);
    assertThat(AuditChain.canonicalJson(ordered)).isEqualTo("{\"a\":1,\"b\":\"x\"}");
  }

  /**
   * Hashes computed by the chain's first implementation: existing chains in {@code
   * privacy.audit_event} verify only while the canonical form stays byte for byte the same.
   */
  @Test
  void theCanonicalFormIsPinned() {
    Map<String, Object> detail = new java.util.LinkedHashMap<>();
    detail.put("n", 7);
    detail.put("b", "x");
    detail.put("list", List.of(1L, "y", true));
    detail.put("nested", Map.of("z", 2));
    detail.put("none", null);
    AuditEvent first =
        new AuditEvent(1, REQUEST, "requested", AT, detail, AuditChain.GENESIS, null);
    String h1 = AuditChain.hash(first);
    assertThat(h1).isEqualTo("4da01f0cfd6e0464521425a665856eb771ca3379df55365c2e9d2a2352a3c36d");
    AuditEvent second = new AuditEvent(2, null, "sweep", AT, Map.of(), h1, null);
    assertThat(AuditChain.hash(second))
        .isEqualTo("2f903aa407ec5a7b45ad0d78093b236876927cccae81125c74b2b798a1f91081");
  }

  @Test
  void anIntactChainVerifies() {
    ChainVerification v = walk(chain(5));
    assertThat(v.valid()).isTrue();
    assertThat(v.events()).isEqualTo(5);
  }

  @Test
  void aChangedDetailBreaksThatLink() {
    List<AuditEvent> events = chain(5);
    AuditEvent e = events.get(2);
    events.set(
        2,
        new AuditEvent(
            e.seq(),
            e.requestId(),
            e.eventType(),
            e.occurredAt(),
            Map.of("n", 99, "b", "x"),
            e.prevHash(),
            e.hash()));
    ChainVerification v = walk(events);
    assertThat(v.firstBrokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("hash does not match");
  }

  @Test
  void aRehashedRowBreaksTheNextLink() {
    List<AuditEvent> events = chain(5);
    AuditEvent e = events.get(1);
    AuditEvent forged =
        new AuditEvent(
            e.seq(), e.requestId(), "forged", e.occurredAt(), e.detail(), e.prevHash(), null);
    events.set(
        1,
        new AuditEvent(
            forged.seq(),
            forged.requestId(),
            forged.eventType(),
            forged.occurredAt(),
            forged.detail(),
            forged.prevHash(),
            AuditChain.hash(forged)));
    ChainVerification v = walk(events);
    assertThat(v.firstBrokenSeq()).isEqualTo(3);
    assertThat(v.problem()).contains("prev_hash");
  }

  @Test
  void aDeletedRowIsAMissingLink() {
    List<AuditEvent> events = chain(5);
    events.remove(3);
    ChainVerification v = walk(events);
    assertThat(v.firstBrokenSeq()).isEqualTo(4);
    assertThat(v.problem()).contains("missing");
  }
}
