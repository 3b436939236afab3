/**
 * Turning what a run observed into verdicts: the {@link org.pactum.checks.judge.CheckEvaluator}
 * judges each check's measurements against its fixed thresholds (failing-row fractions, bands,
 * ages) and, through the {@link org.pactum.checks.judge.LearnedThresholds} seam, its anomaly
 * criteria and drift against learned baselines ({@link org.pactum.checks.judge.AnomalyThresholds},
 * over the {@code anomaly} module). No JDBC, no JAX-RS.
 */
package org.pactum.checks.judge;
