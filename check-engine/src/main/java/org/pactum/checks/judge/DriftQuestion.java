package org.pactum.checks.judge;

import org.pactum.checks.core.Frequencies;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.learn.DriftReference;
import org.pactum.contracts.model.DriftCheck;

/**
 * Has the column's distribution drifted from its reference?
 *
 * @param dataset the dataset key
 * @param check the drift check (method, thresholds, bins)
 * @param reference the reference distribution, or null while none exists yet
 * @param histogram this run's histogram over the reference's bins (binned drift), or null
 * @param frequencies this run's frequency table (categorical drift), or null
 * @param sample this run's raw value sample ({@code ks} drift), or null
 */
public record DriftQuestion(
    String dataset,
    DriftCheck check,
    DriftReference reference,
    Histogram histogram,
    Frequencies frequencies,
    ValueSample sample) {
  public DriftQuestion(
      String dataset,
      DriftCheck check,
      DriftReference reference,
      Histogram histogram,
      Frequencies frequencies) {
    this(dataset, check, reference, histogram, frequencies, null);
  }
}
