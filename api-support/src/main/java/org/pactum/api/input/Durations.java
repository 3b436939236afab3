package org.pactum.api.input;

import java.time.Duration;
import org.pactum.api.InvalidInputException;

/** Durations every API takes: positive and at most a documented maximum per field. */
public final class Durations {
  private Durations() {}

  /** Refuses a duration that is not positive or exceeds {@code max}; null passes. */
  public static Duration check(String field, Duration value, Duration max) {
    if (value == null) {
      return null;
    }
    if (value.isNegative() || value.isZero()) {
      throw InvalidInputException.field(field, "field '" + field + "' must be a positive duration");
    }
    if (value.compareTo(max) > 0) {
      throw InvalidInputException.field(
          field,
          "field '" + field + "' must be at most " + describe(max) + "; got " + describe(value));
    }
    return value;
  }

  /** A duration as people write it: {@code 90d}, {@code 36h}, {@code 15m}, {@code 45s}. */
  public static String describe(Duration d) {
    long s = d.getSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3_600 == 0) {
      return s / 3_600 + "h";
    }
    if (s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }
}
