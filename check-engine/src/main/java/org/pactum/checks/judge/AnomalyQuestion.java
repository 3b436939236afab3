package org.pactum.checks.judge;

import java.time.Instant;
import org.pactum.contracts.model.AnomalySpec;

/**
 * Is this observation anomalous against its learned baseline?
 *
 * @param dataset the dataset key
 * @param metric the metric ({@code row_count}, {@code null_rate}, {@code mean}...)
 * @param column the column, or {@code ""}
 * @param value this run's value
 * @param spec the contract's anomaly settings
 * @param runId this run (its own earlier observations, on a re-run, are not history)
 * @param at when it was observed (for seasonality)
 */
public record AnomalyQuestion(
    String dataset,
    String metric,
    String column,
    double value,
    AnomalySpec spec,
    String runId,
    Instant at) {}
