package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The points of an inline SVG polyline for a series of observations, oldest first, scaled into a
 * {@code width × height} box (y grows downwards). Missing or non-finite values leave a gap: each
 * unbroken stretch is its own polyline.
 */
final class Sparkline {
  private Sparkline() {}

  /** One {@code points} attribute per unbroken stretch; empty when nothing can be drawn. */
  static List<String> segments(List<Double> values, double width, double height) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Double v : values) {
      if (drawable(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    List<String> segments = new ArrayList<>();
    if (lo > hi) {
      return segments;
    }
    double step = values.size() > 1 ? width / (values.size() - 1) : 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      Double v = values.get(i);
      if (!drawable(v)) {
        flush(current, segments);
        continue;
      }
      double y = hi == lo ? height / 2 : height - (v - lo) / (hi - lo) * height;
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(String.format(Locale.ROOT, "%.1f,%.1f", i * step, y));
    }
    flush(current, segments);
    return segments;
  }

  private static boolean drawable(Double v) {
    return v != null && !v.isNaN() && !v.isInfinite();
  }

  private static void flush(StringBuilder current, List<String> segments) {
    if (current.length() > 0) {
      String s = current.toString();
      // a lone point is drawn as a tiny segment so it stays visible
      segments.add(s.contains(" ") ? s : s + " " + s);
      current.setLength(0);
    }
  }
}
