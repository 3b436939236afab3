package org.pactum.checks.core;

import java.util.List;
import java.util.Map;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.CheckType;

/**
 * The result of one check in one run.
 *
 * @param checkName the check's stable name
 * @param checkType the check's type (stored and shown as its YAML key: {@code not_null}…)
 * @param column the column judged (comma-separated for composite keys), or null
 * @param status PASS, WARN, FAIL or ERROR
 * @param observedValue the measured number (a failing-row fraction, a metric, an age in seconds),
 *     or null when there is none
 * @param observedText a readable form of what was observed (the newest timestamp, a duplicate
 *     count), or null
 * @param thresholds the limits judged against, or the learned band; never null
 * @param message what happened, for people; never SQL text or stack traces
 * @param failedRowsSample up to {@code sampleSize} failing rows (keys and offending values, PII
 *     masked); empty when not applicable
 * @param position the check's index in the contract
 */
public record CheckOutcome(
    String checkName,
    CheckType checkType,
    String column,
    Status status,
    Double observedValue,
    String observedText,
    Map<String, Object> thresholds,
    String message,
    List<Map<String, Object>> failedRowsSample,
    int position) {
  public CheckOutcome {
    thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
    failedRowsSample = failedRowsSample == null ? List.of() : List.copyOf(failedRowsSample);
  }

  public CheckOutcome withSample(List<Map<String, Object>> sample) {
    return new CheckOutcome(
        checkName,
        checkType,
        column,
        status,
        observedValue,
        observedText,
        thresholds,
        message,
        sample,
        position);
  }

  /**
   * The outcome of a check, named, typed and placed as the contract has it.
   *
   * @param observed the measured number, or null
   * @param text a readable form of what was observed, or null
   */
  public static CheckOutcome of(
      Check check,
      int position,
      Status status,
      Double observed,
      String text,
      Map<String, Object> limits,
      String message) {
    List<String> cols = check.columns();
    return new CheckOutcome(
        check.name(),
        check.type(),
        cols.isEmpty() ? null : String.join(",", cols),
        status,
        observed,
        text,
        limits,
        message,
        List.of(),
        position);
  }

  /** An ERROR outcome: the check could not be judged, for the reason given. */
  public static CheckOutcome error(Check check, int position, String message) {
    return of(check, position, Status.ERROR, null, null, Map.of(), message);
  }
}
