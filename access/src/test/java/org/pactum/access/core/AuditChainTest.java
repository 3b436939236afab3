package org.pactum.access.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.api.audit.AuditEntry;
import org.pactum.api.audit.AuditOutcome;

class AuditChainTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00.123456Z");

  private static AuditEntry entry(String principal, int status) {
    return new AuditEntry(
        AT,
        principal,
        "producer",
        "POST /api/v1/contracts",
        "/api/v1/contracts",
        status,
        AuditOutcome.of(status),
        "127.0.0.1",
        "req-" + principal);
  }

  private static List<AuditLink> chain(int n) {
    List<AuditLink> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = entry("p" + i, 201);
      AuditLink l = new AuditLink(i, e, prev, AuditChain.hash(i, e, prev));
      out.add(l);
      prev = l.hash();
    }
    return out;
  }

  private static ChainCheck walk(List<AuditLink> links) {
    AuditChain.Walker w = new AuditChain.Walker();
    for (AuditLink l : links) {
      if (!w.next(l)) {
        break;
      }
    }
    return w.result();
  }

  /**
   * Hashes computed by the chain's first implementation: existing chains in {@code
   * access.audit_event} verify only while the canonical form stays byte for byte the same.
   */
  @Test
  void theCanonicalFormIsPinned() {
    AuditEntry accepted =
        new AuditEntry(
            AT,
            "token:ci",
            "producer",
            "POST /api/v1/contracts",
            "/api/v1/contracts",
            201,
            AuditOutcome.ACCEPTED,
            "127.0.0.1",
            "req-1");
    String h1 = AuditChain.hash(1, accepted, AuditChain.GENESIS);
    assertThat(h1).isEqualTo("650816a47f4ab18873ca0f64f9b8078758b0ce48cb3f1acfe77d0c968fc79752");
    AuditEntry refused =
        new AuditEntry(
            AT,
            "anonymous",
            "none",
            "DELETE /subjects/x",
            "/subjects/x",
            401,
            AuditOutcome.REFUSED,
            "::1",
            null);
    assertThat(AuditChain.hash(2, refused, h1))
        .isEqualTo("7268f2afd8d099a09bdcac185cd1406e8b9858cbf7bd830c605759d80eaf6c23");
  }

  @Test
  void anIntactChainVerifies() {
    ChainCheck c = walk(chain(4));
    assertThat(c.intact()).isTrue();
    assertThat(c.checked()).isEqualTo(4);
  }

  @Test
  void aChangedRowBreaksItsOwnLink() {
    List<AuditLink> links = chain(4);
    AuditLink l = links.get(1);
    links.set(1, new AuditLink(l.seq(), entry("mallory", 201), l.prevHash(), l.hash()));
    ChainCheck c = walk(links);
    assertThat(c.firstBroken()).contains(2L);
    assertThat(c.problem()).contains("the stored hash does not match the row's content");
    assertThat(c.checked()).isEqualTo(2);
  }

  @Test
  void aRehashedRowBreaksTheNextLinkAndADeletedOneIsMissing() {
    List<AuditLink> links = chain(4);
    AuditLink l = links.get(1);
    AuditEntry forged = entry("mallory", 201);
    links.set(1, new AuditLink(2, forged, l.prevHash(), AuditChain.hash(2, forged, l.prevHash())));
    assertThat(walk(links).firstBroken()).contains(3L);
    assertThat(walk(links).problem()).contains("prev_hash does not match the hash of link 2");

    List<AuditLink> gap = chain(4);
    gap.remove(2);
    assertThat(walk(gap).firstBroken()).contains(3L);
    assertThat(walk(gap).problem()).contains("link 3 is missing (the next stored is 4)");
  }
}
