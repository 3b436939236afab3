package org.pactum.anomaly;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers for people: grouped thousands, at most four significant decimals. */
public final class Numbers {
  private Numbers() {}

  public static String format(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    DecimalFormat f =
        new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
    double a = Math.abs(x);
    if (a >= 1000) {
      f.setMaximumFractionDigits(0);
    } else if (a >= 1) {
      f.setMaximumFractionDigits(2);
    } else if (a > 0) {
      x = new BigDecimal(x).round(new MathContext(3)).doubleValue();
      f.setMaximumFractionDigits(12);
    }
    String s = f.format(x);
    return s.equals("-0") ? "0" : s;
  }
}
