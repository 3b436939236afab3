package org.pactum.anomaly.drift;

import org.pactum.anomaly.Status;

/**
 * WARN above {@code warn}, FAIL above {@code fail}; either may be NaN (not used).
 *
 * @param warn warning threshold on the statistic
 * @param fail failing threshold on the statistic
 */
public record DriftThresholds(double warn, double fail) {
  /** PSI's usual reading: 0.1 moderate, 0.25 major shift. */
  public static final DriftThresholds PSI_DEFAULTS = new DriftThresholds(0.1, 0.25);

  public DriftThresholds {
    if (!Double.isNaN(warn) && !Double.isNaN(fail) && warn > fail) {
      throw new IllegalArgumentException("warn " + warn + " must not exceed fail " + fail);
    }
  }

  public Status judge(double statistic) {
    if (!Double.isNaN(fail) && statistic > fail) {
      return Status.FAIL;
    }
    if (!Double.isNaN(warn) && statistic > warn) {
      return Status.WARN;
    }
    return Status.PASS;
  }
}
