package org.pactum.server.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pactum.checks.core.CheckOutcome;

/** How the pages print times, observations and thresholds. */
final class UiFormat {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SECOND =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private UiFormat() {}

  /** {@code 2026-11-22 06:30} (UTC), or an empty string. */
  static String minute(Instant at) {
    return at == null ? "" : MINUTE.format(at);
  }

  /** {@code 2026-11-22 06:30:15} (UTC), or an empty string. */
  static String second(Instant at) {
    return at == null ? "" : SECOND.format(at);
  }

  /** {@code 2026-11-22T06:30:15Z}: ISO-8601 in UTC, to the second; or an empty string. */
  static String iso(OffsetDateTime at) {
    return at == null
        ? ""
        : DateTimeFormatter.ISO_INSTANT.format(at.toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@code 11-22} (UTC), for narrow column heads. */
  static String day(Instant at) {
    return at == null ? "" : DAY.format(at);
  }

  /** The observation as the result log phrases it: its text, else the number, else a dash. */
  static String observed(CheckOutcome o) {
    if (o.observedText() != null && !o.observedText().isBlank()) {
      return o.observedText();
    }
    return number(o.observedValue());
  }

  static String number(Double v) {
    if (v == null) {
      return "—";
    }
    if (v.isNaN() || v.isInfinite()) {
      return v.toString();
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", v.longValue());
    }
    return String.format(Locale.ROOT, "%,.4g", v);
  }

  /** Thresholds or a learned band as {@code key value · key value}. */
  static String thresholds(Map<String, Object> thresholds) {
    return thresholds.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(" · "));
  }
}
