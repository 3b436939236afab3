package org.pactum.streams.run;

import java.time.Instant;
import java.util.Map;

/**
 * A closed window of a binding as recorded: its run, the run's verdict and its counts.
 *
 * @param status the run's verdict: PASS, WARN, FAIL or ERROR
 * @param undecodable records refused before decoding, by reason class
 */
public record WindowSummary(
    Instant start,
    Instant end,
    String runId,
    String status,
    long records,
    long passed,
    long deadLettered,
    long erased,
    Map<String, Long> undecodable) {
  public WindowSummary {
    undecodable = Map.copyOf(undecodable);
  }
}
