package org.pactum.checks.db;

/** A row of {@code checks.check_result}; {@code thresholds} and the sample are JSON text. */
public record CheckResultRow(
    String runId,
    String checkName,
    String checkType,
    String columnName,
    String status,
    Double observedValue,
    String observedText,
    String thresholds,
    String message,
    String failedRowsSample,
    int position) {}
