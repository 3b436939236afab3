package org.pactum.checks.judge;

import java.util.Map;
import org.pactum.checks.core.Status;

/**
 * A learned judgement.
 *
 * @param status PASS (including "still learning"), WARN or FAIL
 * @param statistic the drift statistic or anomaly score, or null when none was computed
 * @param message what was judged, for people
 * @param band the learned band or reference used ({@code lower}, {@code upper}...), stored with the
 *     result in place of fixed thresholds
 */
public record Verdict(Status status, Double statistic, String message, Map<String, Object> band) {
  public Verdict {
    band = band == null ? Map.of() : Map.copyOf(band);
  }
}
