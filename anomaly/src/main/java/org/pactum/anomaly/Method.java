package org.pactum.anomaly;

/** How a level and its spread are estimated from training values. */
public enum Method {
  /** Mean ± k × standard deviation. */
  BAND,
  /** Median ± k × MAD (scaled by 1.4826 to estimate a standard deviation): resists outliers. */
  ROBUST
}
