package org.pactum.checks.db;

import java.time.OffsetDateTime;

/**
 * A row of {@code checks.metric_value}; {@code detail} is JSON text or null; {@code anomalous}: the
 * load was an outlier of its anomaly check and is not learned from.
 */
public record MetricValueRow(
    String dataset,
    String metric,
    String columnName,
    Double value,
    String detail,
    String runId,
    OffsetDateTime observedAt,
    boolean anomalous) {}
