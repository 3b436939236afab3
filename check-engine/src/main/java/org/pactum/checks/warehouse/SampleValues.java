package org.pactum.checks.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts database values to JSON-safe sample values. */
final class SampleValues {
  private SampleValues() {}

  static Object jsonSafe(Object v) {
    if (v == null
        || v instanceof String
        || v instanceof Boolean
        || v instanceof BigDecimal
        || v instanceof BigInteger) {
      return v;
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : d;
    }
    if (v instanceof Float f) {
      return f.isNaN() || f.isInfinite() ? f.toString() : (Object) f.doubleValue();
    }
    if (v instanceof Number n) {
      return n.longValue();
    }
    if (v instanceof byte[] bytes) {
      return "<" + bytes.length + " bytes>";
    }
    String s = v.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }
}
