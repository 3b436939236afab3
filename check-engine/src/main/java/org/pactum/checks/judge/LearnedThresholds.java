package org.pactum.checks.judge;

/**
 * The seam to the {@code anomaly} module: judges {@code anomaly:} criteria and {@code drift} checks
 * against learned baselines. The engine measures and stores the metrics; this decides.
 */
public interface LearnedThresholds {
  Verdict judgeAnomaly(AnomalyQuestion question);

  Verdict judgeDrift(DriftQuestion question);
}
