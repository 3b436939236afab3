package org.pactum.anomaly;

/**
 * What a model expects the judged value to be.
 *
 * @param expected the expected value
 * @param spread the estimated standard deviation of a normal value around it (before flooring)
 * @param dof degrees of freedom of the spread estimate (for the small-sample widening)
 * @param predictionFactor how much wider a prediction interval is than the spread because the
 *     expected value is itself estimated (√(1 + 1/n) for a mean of n values)
 * @param model the model's name ({@code band}, {@code robust}, {@code day_of_week}...)
 * @param basis how the expected value was obtained, for people ("mean 1,000")
 * @param trainingSize how many observations the model used
 */
public record Expectation(
    double expected,
    double spread,
    int dof,
    double predictionFactor,
    String model,
    String basis,
    int trainingSize) {}
