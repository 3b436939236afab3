package org.pactum.contracts.parse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.pactum.contracts.model.RangeBound;

/**
 * A {@code range} check's {@code min}/{@code max}: a number, an ISO date or an ISO timestamp with
 * offset, and the order of two bounds of comparable kinds.
 */
final class RangeBounds {

  private RangeBounds() {}

  /** Orders two bounds of the same kind (numbers, or dates and timestamps as instants). */
  static int compare(RangeBound lo, RangeBound hi) {
    if (lo instanceof RangeBound.NumericBound l && hi instanceof RangeBound.NumericBound h) {
      return l.value().compareTo(h.value());
    }
    return instant(lo).compareTo(instant(hi));
  }

  private static Instant instant(RangeBound b) {
    if (b instanceof RangeBound.DateBound d) {
      return d.value().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    return ((RangeBound.TimestampBound) b).value();
  }

  /** Reads one bound, reporting a value that is neither a number, a date nor a timestamp. */
  static Optional<RangeBound> parse(CheckArgs a, YamlNode node, String key) {
    if (node instanceof YamlScalar s && s.isNumber()) {
      try {
        return Optional.of(new RangeBound.NumericBound(new BigDecimal(s.text().replace("_", ""))));
      } catch (NumberFormatException e) {
        a.error(node, "invalid-value", key + ": '" + s.text() + "' is not a decimal number");
        return Optional.empty();
      }
    }
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      try {
        return Optional.of(new RangeBound.DateBound(LocalDate.parse(s.text())));
      } catch (DateTimeParseException notDate) {
        try {
          return Optional.of(
              new RangeBound.TimestampBound(OffsetDateTime.parse(s.text()).toInstant()));
        } catch (DateTimeParseException notTimestamp) {
          a.error(
              node,
              "invalid-value",
              key
                  + ": '"
                  + s.text()
                  + "' is neither a number, an ISO"
                  + " date (2024-01-31) nor an ISO timestamp with offset (2024-01-31T12:00:00Z)");
          return Optional.empty();
        }
      }
    }
    a.ctx.wrongType(node, key, "a number, an ISO date or an ISO timestamp");
    return Optional.empty();
  }
}
