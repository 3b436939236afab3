package org.pactum.checks.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;

/** Number and duration formatting for result messages. */
public final class Formats {
  private Formats() {}

  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  public static String percent(double fraction) {
    return new BigDecimal(fraction * 100)
            .setScale(fraction * 100 >= 1 || fraction == 0 ? 2 : 4, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }

  public static String duration(Duration d) {
    if (!d.isNegative() && d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toMillis() + "ms";
    }
    long s = Math.abs(d.getSeconds());
    StringBuilder out = new StringBuilder(d.isNegative() ? "-" : "");
    long days = s / 86400;
    long hours = s % 86400 / 3600;
    long minutes = s % 3600 / 60;
    long seconds = s % 60;
    if (days > 0) {
      out.append(days).append('d');
    }
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    if (seconds > 0 || out.length() <= 1) {
      out.append(seconds).append('s');
    }
    return out.toString();
  }
}
