package org.pactum.streams.core.validate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;

/**
 * {@code range}: a non-null value outside {@code [min, max]} (inclusive) fails, as in the check
 * engine's SQL: numbers compared exactly (floating-point values as doubles, NaN fails), a date
 * bound on a timestamp is its midnight UTC, a naive (local) timestamp holds UTC wall-clock time. A
 * value of a type the bound cannot be compared with (a string against a number) fails too: the
 * record does not hold what the contract promises.
 */
record RangeRule(RangeCheck check) implements RecordRule {
  @Override
  public String column() {
    return check.column();
  }

  @Override
  public String expected() {
    if (check.min() != null && check.max() != null) {
      return "in [" + check.min().text() + ", " + check.max().text() + "]";
    }
    return check.min() != null ? ">= " + check.min().text() : "<= " + check.max().text();
  }

  @Override
  public boolean violates(Object value) {
    if (value == null) {
      return false;
    }
    return (check.min() != null && outside(compare(value, check.min()), -1))
        || (check.max() != null && outside(compare(value, check.max()), 1));
  }

  /** Whether a comparison lies on {@code side} (-1 below, 1 above); incomparable is outside. */
  private static boolean outside(Integer comparison, int side) {
    return comparison == null || Integer.signum(comparison) == side;
  }

  /**
   * {@code value} against {@code bound}: negative below, positive above; null when they cannot be
   * compared (NaN, another type), which fails whichever end is checked.
   */
  private static Integer compare(Object value, RangeBound bound) {
    if (bound instanceof RangeBound.NumericBound n) {
      if (value instanceof Double || value instanceof Float) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
          return incomparable();
        }
        return Double.compare(d, n.value().doubleValue());
      }
      if (value instanceof Integer || value instanceof Long) {
        return BigDecimal.valueOf(((Number) value).longValue()).compareTo(n.value());
      }
      if (value instanceof BigDecimal b) {
        return b.compareTo(n.value());
      }
      return incomparable();
    }
    if (bound instanceof RangeBound.DateBound d) {
      if (value instanceof LocalDate v) {
        return v.compareTo(d.value());
      }
      if (value instanceof Instant v) {
        // midnight UTC of the bound's day, without building a zoned date-time per record
        return v.compareTo(Instant.ofEpochSecond(d.value().toEpochDay() * 86_400L));
      }
      if (value instanceof LocalDateTime v) {
        return v.compareTo(d.value().atStartOfDay());
      }
      return incomparable();
    }
    Instant instant = ((RangeBound.TimestampBound) bound).value();
    if (value instanceof Instant v) {
      return v.compareTo(instant);
    }
    if (value instanceof LocalDateTime v) {
      return v.compareTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    if (value instanceof LocalDate v) {
      return v.atStartOfDay().compareTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
    return incomparable();
  }

  private static Integer incomparable() {
    return null;
  }
}
