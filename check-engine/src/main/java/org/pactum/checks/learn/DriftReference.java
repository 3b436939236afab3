package org.pactum.checks.learn;

import org.pactum.checks.core.Frequencies;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.ValueSample;

/**
 * The distribution a drift check compares against, from the baseline.
 *
 * @param runId the run it was observed in
 * @param histogram for binned (numeric, temporal) drift: the reference bins and counts, else null
 * @param frequencies for categorical drift: the reference frequency table, else null
 * @param sample for {@code ks} drift: the reference run's raw value sample, else null (history
 *     stored before samples were kept has only a histogram)
 */
public record DriftReference(
    String runId, Histogram histogram, Frequencies frequencies, ValueSample sample) {
  DriftReference(String runId, Histogram histogram, Frequencies frequencies) {
    this(runId, histogram, frequencies, null);
  }
}
