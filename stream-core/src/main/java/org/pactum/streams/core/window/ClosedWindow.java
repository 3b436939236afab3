package org.pactum.streams.core.window;

import java.time.Instant;
import java.util.Objects;

/**
 * A window of one binding's input, closed: every instance's counts of it added up.
 *
 * @param contractId the binding's contract
 * @param start the window's first instant (inclusive)
 * @param end its end (exclusive)
 * @param tally the counts
 */
public record ClosedWindow(String contractId, Instant start, Instant end, Tally tally) {
  public ClosedWindow {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(tally, "tally");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("a window ends after it starts");
    }
  }
}
