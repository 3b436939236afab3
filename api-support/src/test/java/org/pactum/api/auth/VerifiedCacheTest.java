package org.pactum.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.testsupport.MutableClock;

class VerifiedCacheTest {
  private final MutableClock clock = MutableClock.atNow();
  private final Principal ana = Principal.person("ana", Role.STEWARD, Set.of());

  @Test
  void anEntryLastsUntilItsInstantOnTheGivenClock() {
    VerifiedCache cache = new VerifiedCache(10, clock);
    TokenHash h = TokenHash.of("t1");
    cache.put(h, ana, clock.instant().plusSeconds(60));
    assertThat(cache.get(TokenHash.of("t1"))).contains(ana);
    clock.advance(Duration.ofSeconds(59));
    assertThat(cache.get(h)).contains(ana);
    clock.advance(Duration.ofSeconds(1));
    assertThat(cache.get(h)).isEmpty();
  }

  @Test
  void anEntryAlreadyPastItsTimeIsNotKept() {
    VerifiedCache cache = new VerifiedCache(10, clock);
    cache.put(TokenHash.of("t"), ana, clock.instant());
    assertThat(cache.get(TokenHash.of("t"))).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void invalidatedEntriesAreGone() {
    VerifiedCache cache = new VerifiedCache(10, clock);
    cache.put(TokenHash.of("a"), ana, clock.instant().plusSeconds(60));
    cache.put(TokenHash.of("b"), ana, clock.instant().plusSeconds(60));
    cache.invalidate(TokenHash.of("a"));
    assertThat(cache.get(TokenHash.of("a"))).isEmpty();
    assertThat(cache.get(TokenHash.of("b"))).contains(ana);
    cache.invalidateAll();
    assertThat(cache.get(TokenHash.of("b"))).isEmpty();
  }

  @Test
  void theCacheIsBounded() {
    VerifiedCache cache = new VerifiedCache(50, clock);
    for (int i = 0; i < 5000; i++) {
      cache.put(TokenHash.of("t" + i), ana, clock.instant().plusSeconds(600));
    }
    assertThat(cache.size()).isLessThanOrEqualTo(50);
  }
}
