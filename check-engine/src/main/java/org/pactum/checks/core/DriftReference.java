package org.pactum.checks.core;

/**
 * The distribution a drift check compares against, from the baseline.
 *
 * @param runId the run it was observed in
 * @param histogram for binned (numeric, temporal) drift: the reference bins and counts, else null
 * @param frequencies for categorical drift: the reference frequency table, else null
 */
public record DriftReference(String runId, Histogram histogram, Frequencies frequencies) {}
