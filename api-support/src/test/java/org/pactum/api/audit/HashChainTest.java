package org.pactum.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashChainTest {
  record Link(long seq, String prev, String hash, String content) {}

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Link> chain(int n) {
    List<Link> out = new ArrayList<>();
    String prev = HashChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      String content = "{\"seq\":" + i + "}";
      Link l = new Link(i, prev, HashChain.hash(prev, bytes(content)), content);
      out.add(l);
      prev = l.hash();
    }
    return out;
  }

  private static HashChain.Verdict walk(List<Link> links) {
    HashChain.Walker w = new HashChain.Walker();
    for (Link l : links) {
      if (!w.next(l.seq(), l.prev(), l.hash(), () -> bytes(l.content()))) {
        break;
      }
    }
    return w.result();
  }

  @Test
  void aLinksHashIsSha256OfThePreviousHashThenTheCanonicalBytes() {
    // SHA-256("abc"): the previous hash and the content are hashed as one stream
    assertThat(HashChain.hash("a", bytes("bc")))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(HashChain.GENESIS).hasSize(64).matches("0+");
  }

  @Test
  void anIntactChainVerifiesEveryLink() {
    HashChain.Verdict v = walk(chain(5));
    assertThat(v.intact()).isTrue();
    assertThat(v.checked()).isEqualTo(5);
    assertThat(v.problem()).isEmpty();
    assertThat(walk(List.of()).intact()).isTrue();
  }

  @Test
  void theFirstBrokenLinkIsNamedAndTheWalkStops() {
    List<Link> links = chain(5);
    Link l = links.get(2);
    links.set(2, new Link(l.seq(), l.prev(), l.hash(), "{\"seq\":99}"));
    HashChain.Verdict v = walk(links);
    assertThat(v.firstBroken()).contains(3L);
    assertThat(v.problem()).contains("the stored hash does not match the row's content");
    assertThat(v.checked()).isEqualTo(3);
  }

  @Test
  void aWrongPrevHashOrAGapIsNamed() {
    List<Link> links = chain(4);
    Link l = links.get(1);
    links.set(
        1, new Link(2, HashChain.GENESIS, HashChain.hash(HashChain.GENESIS, bytes("x")), "x"));
    assertThat(walk(links).firstBroken()).contains(2L);
    assertThat(walk(links).problem()).contains("prev_hash does not match the hash of link 1");

    List<Link> gap = chain(4);
    gap.remove(0);
    assertThat(walk(gap).firstBroken()).contains(1L);
    assertThat(walk(gap).problem()).contains("link 1 is missing (the next stored is 2)");
  }

  @Test
  void theCanonicalBytesAreOnlyAskedForWhenTheLinkOtherwiseHolds() {
    AtomicInteger asked = new AtomicInteger();
    HashChain.Walker w = new HashChain.Walker();
    assertThat(w.next(2, HashChain.GENESIS, "h", () -> bytes(asked.incrementAndGet() + "")))
        .isFalse();
    assertThat(asked).hasValue(0);
  }
}
