package org.pactum.anomaly;

/**
 * One band test: a value (or an average of recent values) against its expectation.
 *
 * @param status PASS, WARN or FAIL after the direction filter
 * @param observed the tested value (a single load, or the recent average)
 * @param expected its expectation
 * @param spread the floored spread of a single value
 * @param warnHalf WARN band half-width
 * @param failHalf FAIL band half-width
 * @param ignored the value was outside a band on a side the direction does not watch
 * @param minChangeBound the band half-width came from min_change / min_change_pct
 */
record Judgement(
    Status status,
    double observed,
    double expected,
    double spread,
    double warnHalf,
    double failHalf,
    boolean ignored,
    boolean minChangeBound) {

  double score() {
    return (observed - expected) / spread;
  }

  double half() {
    return status == Status.FAIL ? failHalf : warnHalf;
  }

  static Judgement of(
      Widths widths,
      BaselineSettings s,
      double observed,
      double expected,
      double rawSpread,
      int dof,
      double factor) {
    double spread =
        Math.max(rawSpread, AnomalyDetector.SPREAD_FLOOR * Math.max(Math.abs(expected), 1));
    BaselineSettings.Sensitivity k = s.sensitivity();
    BaselineSettings.Deviations d = s.deviations();
    double minHalf = Math.max(d.minChange(), d.minChangePct() / 100 * Math.abs(expected));
    double warnHalf = Math.max(widths.width(k.warn(), dof, factor) * spread, minHalf);
    double failHalf = Math.max(widths.width(k.fail(), dof, factor) * spread, warnHalf);
    double dev = observed - expected;
    Status status = Status.PASS;
    if (Math.abs(dev) > failHalf) {
      status = Status.FAIL;
    } else if (Math.abs(dev) > warnHalf) {
      status = Status.WARN;
    }
    boolean watched = dev > 0 ? d.direction().watchesUp() : d.direction().watchesDown();
    boolean ignored = status != Status.PASS && !watched;
    boolean minBound = minHalf > 0 && (status == Status.FAIL ? failHalf : warnHalf) == minHalf;
    return new Judgement(
        ignored ? Status.PASS : status,
        observed,
        expected,
        spread,
        warnHalf,
        failHalf,
        ignored,
        minBound);
  }
}
