package org.pactum.contracts.parse;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in contracts: a compact form ({@code 45s}, {@code 30m}, {@code 2h}, {@code
 * 1d}, {@code 1w}, or combined largest unit first, {@code 1h30m}) or ISO-8601 ({@code PT2H}, {@code
 * P1D}, {@code P1DT12H}).
 */
public final class Durations {

  /** The forms accepted, for error messages. */
  public static final String EXPECTED =
      "expected a duration such as 30m, 2h, 1d, 1h30m or ISO-8601 PT2H, P1D";

  private static final Pattern COMPACT =
      Pattern.compile("(?:(\\d+)w)?(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private Durations() {}

  /** The duration, or empty when {@code text} is in neither form or is not positive. */
  public static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Duration result;
    if (t.charAt(0) == 'P' || t.charAt(0) == 'p') {
      try {
        result = Duration.parse(t.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    } else {
      Matcher m = COMPACT.matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
      try {
        result =
            Duration.ofDays(7 * number(m.group(1)) + number(m.group(2)))
                .plusHours(number(m.group(3)))
                .plusMinutes(number(m.group(4)))
                .plusSeconds(number(m.group(5)));
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    }
    return result.isNegative() || result.isZero() ? Optional.empty() : Optional.of(result);
  }

  /** The compact form of a duration ({@code 2h}, {@code 1d12h}, {@code 90s}). */
  public static String format(Duration duration) {
    long seconds = duration.getSeconds();
    StringBuilder out = new StringBuilder();
    long days = seconds / 86_400;
    seconds %= 86_400;
    long hours = seconds / 3600;
    seconds %= 3600;
    long minutes = seconds / 60;
    seconds %= 60;
    if (days > 0) {
      out.append(days).append('d');
    }
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (minutes > 0) {
      out.append(minutes).append('m');
    }
    if (seconds > 0 || out.length() == 0) {
      out.append(seconds).append('s');
    }
    return out.toString();
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }
}
