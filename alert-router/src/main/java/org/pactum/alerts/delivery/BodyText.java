package org.pactum.alerts.delivery;

/** Cutting text to a receiver's limits. */
final class BodyText {
  private BodyText() {}

  static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
