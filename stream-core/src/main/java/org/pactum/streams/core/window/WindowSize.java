package org.pactum.streams.core.window;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Tumbling windows by event time (the record's timestamp): {@code size} long, aligned to the epoch,
 * closed {@code grace} after their end (a record later than that is not counted in its window).
 */
public record WindowSize(Duration size, Duration grace) {
  public static final WindowSize DEFAULT =
      new WindowSize(Duration.ofMinutes(1), Duration.ofSeconds(10));

  public WindowSize {
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(grace, "grace");
    if (size.toMillis() < 1) {
      throw new IllegalArgumentException("a window lasts at least 1 ms, not " + size);
    }
    if (grace.isNegative()) {
      throw new IllegalArgumentException("a window's grace is not negative: " + grace);
    }
  }

  /** The start (epoch millis) of the window holding {@code timestamp}. */
  public long startOf(long timestamp) {
    long size = this.size.toMillis();
    return Math.floorDiv(timestamp, size) * size;
  }

  /** Whether the window starting at {@code start} is closed once stream time is {@code now}. */
  public boolean closedAt(long start, long now) {
    return start + size.toMillis() + grace.toMillis() <= now;
  }

  public Instant end(Instant start) {
    return start.plus(size);
  }
}
