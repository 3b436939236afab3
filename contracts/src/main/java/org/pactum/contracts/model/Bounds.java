package org.pactum.contracts.model;

/**
 * An inclusive acceptable band for a measured value; either end may be null (unbounded). Used for
 * metric checks: FAIL outside the {@code min}/{@code max} band, WARN outside the {@code
 * warn_min}/{@code warn_max} band.
 */
public record Bounds(Double min, Double max) {

  public static final Bounds NONE = new Bounds(null, null);

  public boolean isEmpty() {
    return min == null && max == null;
  }

  /** Whether {@code value} is inside the band. */
  public boolean contains(double value) {
    return (min == null || value >= min) && (max == null || value <= max);
  }
}
