package org.pactum.anomaly;

/**
 * A judgement of one observation against its learned baseline. While learning, or when the value
 * could not be judged, the band fields are NaN.
 *
 * @param status PASS (including "learning"), WARN or FAIL
 * @param observed the judged value
 * @param expected the model's expected value
 * @param warnLower lower edge of the WARN band (values below it are at least WARN)
 * @param warnUpper upper edge of the WARN band
 * @param failLower lower edge of the FAIL band
 * @param failUpper upper edge of the FAIL band
 * @param score (observed − expected) / spread: a z-like score, NaN when not computed
 * @param trainingSize observations trained on
 * @param minHistory observations needed to judge
 * @param model the model used ({@code learning}, {@code band}, {@code robust}, {@code day_of_week},
 *     {@code hour_of_day}, {@code holt_winters}, {@code trend}, {@code zero})
 * @param explanation a plain-language sentence saying what was judged and why
 * @param outlier this load itself lies outside its WARN band (whatever the direction): store it as
 *     {@link Observation#flagged()} so later baselines do not train on it. A load flagged only
 *     because the recent average moved is not an outlier: it stays in training, so a series that
 *     really changed is not judged against an ever older window
 */
public record AnomalyVerdict(
    Status status,
    double observed,
    double expected,
    double warnLower,
    double warnUpper,
    double failLower,
    double failUpper,
    double score,
    int trainingSize,
    int minHistory,
    String model,
    String explanation,
    boolean outlier) {

  public boolean learning() {
    return "learning".equals(model);
  }

  /** WARN or FAIL. */
  public boolean flagged() {
    return status != Status.PASS;
  }
}
