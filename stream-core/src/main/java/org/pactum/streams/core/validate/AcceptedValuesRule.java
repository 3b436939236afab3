package org.pactum.streams.core.validate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.generic.GenericEnumSymbol;
import org.pactum.contracts.model.AcceptedValuesCheck;

/**
 * {@code accepted_values}: a non-null value that is none of the values fails. As in the check
 * engine, the values as written are compared in the field's type: numbers by value ({@code 1.0}
 * accepts {@code 1}), booleans as {@code true}/{@code false}, dates and timestamps as such; text
 * and enum symbols exactly (case-sensitive).
 */
record AcceptedValuesRule(AcceptedValuesCheck check, Set<String> texts) implements RecordRule {
  AcceptedValuesRule(AcceptedValuesCheck check) {
    this(check, Set.copyOf(check.values()));
  }

  @Override
  public String column() {
    return check.column();
  }

  @Override
  public String expected() {
    return "one of " + check.values();
  }

  @Override
  public boolean violates(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof CharSequence || value instanceof GenericEnumSymbol<?>) {
      // text and enum symbols compare exactly: one hash look-up instead of a scan
      return !texts.contains(value.toString());
    }
    for (String accepted : check.values()) {
      if (matches(value, accepted)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Object value, String accepted) {
    try {
      if (value instanceof Double || value instanceof Float) {
        return ((Number) value).doubleValue() == new BigDecimal(accepted.trim()).doubleValue();
      }
      if (value instanceof Integer || value instanceof Long) {
        return BigDecimal.valueOf(((Number) value).longValue())
                .compareTo(new BigDecimal(accepted.trim()))
            == 0;
      }
      if (value instanceof BigDecimal b) {
        return b.compareTo(new BigDecimal(accepted.trim())) == 0;
      }
      if (value instanceof Boolean b) {
        return b.toString().equals(accepted.trim().toLowerCase(Locale.ROOT));
      }
      if (value instanceof LocalDate d) {
        return d.equals(LocalDate.parse(accepted.trim()));
      }
      if (value instanceof Instant i) {
        return i.equals(instant(accepted.trim()));
      }
      if (value instanceof LocalDateTime t) {
        return t.equals(LocalDateTime.ofInstant(instant(accepted.trim()), ZoneOffset.UTC));
      }
    } catch (NumberFormatException | DateTimeParseException notOfTheFieldsType) {
      return false;
    }
    return Objects.equals(value.toString(), accepted);
  }

  private static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notAnInstant) {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }
}
