package org.pactum.anomaly;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Band half-widths in spreads: for sensitivity k, the Student-t quantile (with the spread
 * estimate's degrees of freedom) at the normal tail probability of k, times the prediction factor
 * (memoised per instance). Seven training values cannot pin down a spread as well as thirty and
 * should not alarm more often; at 30 values and k = 3 the width is about 3.4 spreads, at 200 or
 * more exactly k.
 */
final class Widths {
  private final NormalDistribution normal = new NormalDistribution(null, 0, 1);
  private final Map<Long, Double> quantiles = new HashMap<>();

  double width(double k, int dof, double factor) {
    return quantile(k, dof) * factor;
  }

  private double quantile(double k, int dof) {
    if (dof >= 200) {
      return k;
    }
    long key = Double.doubleToLongBits(k) * 31 + Math.max(1, dof);
    synchronized (quantiles) {
      Double cached = quantiles.get(key);
      if (cached != null) {
        return cached;
      }
    }
    double tail = normal.cumulativeProbability(-k);
    double q = k;
    if (tail > 1e-300) {
      q = -new TDistribution(null, Math.max(1, dof)).inverseCumulativeProbability(tail);
      if (!Double.isFinite(q) || q < k) {
        q = k;
      }
    }
    synchronized (quantiles) {
      if (quantiles.size() < 10_000) {
        quantiles.put(key, q);
      }
    }
    return q;
  }
}
