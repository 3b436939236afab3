package org.pactum.checks.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;
import org.pactum.checks.core.CheckOutcome;

/**
 * One check's result on the wire: observed value (a failing-row fraction, a metric, an age in
 * seconds; null when there is none), the thresholds or learned band judged against, a message for
 * people, and up to {@code sampleRows} failing rows (PII masked; null for a caller whose role may
 * not read PII-bearing material).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ResultJson(
    String checkName,
    String checkType,
    String column,
    String status,
    Double observedValue,
    String observedText,
    Map<String, Object> thresholds,
    String message,
    List<Map<String, Object>> failedRowsSample) {

  static ResultJson of(CheckOutcome o) {
    return new ResultJson(
        o.checkName(),
        o.checkType().yamlName(),
        o.column(),
        o.status().name(),
        o.observedValue(),
        o.observedText(),
        o.thresholds(),
        o.message(),
        o.failedRowsSample());
  }

  /** This result for a caller who may not read PII-bearing material: no failed-row sample. */
  ResultJson withoutSample() {
    return new ResultJson(
        checkName,
        checkType,
        column,
        status,
        observedValue,
        observedText,
        thresholds,
        message,
        null);
  }
}
