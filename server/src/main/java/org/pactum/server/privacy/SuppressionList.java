package org.pactum.server.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.pactum.lineage.erasure.core.ErasureStore;
import org.pactum.lineage.erasure.core.SubjectHasher;
import org.pactum.streams.core.privacy.ErasedSubjects;

/**
 * The erasure module's suppression list as the stream validators ask it: the HMACs of a subject
 * type's erased ids, read from the store and kept {@code refresh} long (the per-record path must
 * not query the store for each record), so an erasure reaches the streams within that time. Only
 * the HMAC of the id asked about is computed; the id is neither kept nor logged.
 */
public final class SuppressionList implements ErasedSubjects {
  private final ErasureStore store;
  private final SubjectHasher hasher;
  private final Duration refresh;
  private final Clock clock;
  private final Map<String, Loaded> byType = new ConcurrentHashMap<>();

  private record Loaded(Set<String> hmacs, Instant readAt) {}

  public SuppressionList(ErasureStore store, SubjectHasher hasher, Duration refresh, Clock clock) {
    this.store = store;
    this.hasher = hasher;
    this.refresh = refresh;
    this.clock = clock;
  }

  @Override
  public boolean erased(String subjectType, String subjectId) {
    Instant now = clock.instant();
    Loaded l = byType.get(subjectType);
    if (l == null || !l.readAt().plus(refresh).isAfter(now)) {
      l = new Loaded(store.suppressedHmacs(subjectType), now);
      byType.put(subjectType, l);
    }
    return !l.hmacs().isEmpty() && l.hmacs().contains(hasher.hmac(subjectId));
  }
}
