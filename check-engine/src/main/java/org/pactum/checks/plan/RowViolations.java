package org.pactum.checks.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactum.contracts.model.AcceptedValuesCheck;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.NotNullCheck;
import org.pactum.contracts.model.RangeBound;
import org.pactum.contracts.model.RangeCheck;
import org.pactum.contracts.model.RegexCheck;

/**
 * The SQL predicate a failing row of a row-level check satisfies ({@code not_null}, {@code range},
 * {@code accepted_values}, {@code regex}), with every value bound in the column's type.
 */
final class RowViolations {
  private final Dialect dialect;

  RowViolations(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * The predicate a failing row satisfies, for row-level checks other than {@code unique}: used to
   * count violations in the fused scan and to select failed-row samples.
   */
  Fragment predicate(ResolvedCheck rc, boolean guard) {
    String col = dialect.column(rc.column());
    ColumnKind kind = rc.column().kind();
    Check check = rc.check();
    if (check instanceof NotNullCheck) {
      return Fragment.of(col + " is null");
    } else if (check instanceof RangeCheck c) {
      return rangeViolation(c, col, kind, guard);
    } else if (check instanceof AcceptedValuesCheck c) {
      return acceptedViolation(c, col, kind);
    } else if (check instanceof RegexCheck c) {
      return Fragment.of(
          col
              + " is not null and not ("
              + dialect.regexMatches(kind == ColumnKind.TEXT ? col : dialect.asText(col))
              + ")",
          c.pattern());
    }
    throw new IllegalArgumentException("no row predicate for " + check.type());
  }

  private Fragment rangeViolation(RangeCheck c, String col, ColumnKind kind, boolean guard) {
    List<String> ors = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (guard) {
      dialect.isNan(col, kind).ifPresent(ors::add);
    }
    if (c.min() != null) {
      ors.add(col + " < " + boundSql(c, c.min(), RoundingMode.CEILING, kind, params));
    }
    if (c.max() != null) {
      ors.add(col + " > " + boundSql(c, c.max(), RoundingMode.FLOOR, kind, params));
    }
    return new Fragment(col + " is not null and (" + String.join(" or ", ors) + ")", params);
  }

  /**
   * The bound's placeholder, its value added to {@code params}. On an integer column a fractional
   * bound is rounded toward the inside ({@code wholeRounding}: up for a minimum, down for a
   * maximum), which violates for exactly the same integers, so the bound can be an integer.
   */
  private String boundSql(
      RangeCheck c,
      RangeBound bound,
      RoundingMode wholeRounding,
      ColumnKind kind,
      List<Object> params) {
    if (bound instanceof RangeBound.NumericBound n) {
      if (kind.temporal()) {
        throw new CheckNotCompilable(
            "range bound " + n.text() + " is a number but \"" + c.column() + "\" is temporal");
      }
      BigDecimal value =
          kind == ColumnKind.INTEGER ? n.value().setScale(0, wholeRounding) : n.value();
      params.add(number(kind, value));
      return "?";
    }
    requireTemporal(c, bound, kind);
    if (bound instanceof RangeBound.DateBound d) {
      // on a timestamp column a date means its midnight UTC: a bound of the column's own type, so
      // the comparison converts nothing per row and does not depend on the session's time zone
      if (kind == ColumnKind.TIMESTAMP_TZ) {
        params.add(d.value().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
        return dialect.castParameter(ColumnKind.TIMESTAMP_TZ);
      }
      if (kind == ColumnKind.TIMESTAMP) {
        params.add(d.value().atStartOfDay().toString());
        return dialect.castParameter(ColumnKind.TIMESTAMP);
      }
      params.add(d.value().toString());
      return dialect.castParameter(ColumnKind.DATE);
    }
    Instant instant = ((RangeBound.TimestampBound) bound).value();
    if (kind == ColumnKind.TIMESTAMP_TZ) {
      params.add(instant.toString());
      return dialect.castParameter(ColumnKind.TIMESTAMP_TZ);
    }
    // a naive timestamp column holds UTC wall-clock times by the engine's convention
    params.add(LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString());
    return dialect.castParameter(ColumnKind.TIMESTAMP);
  }

  /**
   * A number bound against a column of {@code kind}: a double for floating point, a long for a
   * whole number on an integer column (the database then compares integers instead of converting
   * every row's value to a decimal), else the decimal itself.
   */
  private static Object number(ColumnKind kind, BigDecimal value) {
    if (kind == ColumnKind.FLOAT) {
      return value.doubleValue();
    }
    if (kind == ColumnKind.INTEGER) {
      try {
        return value.longValueExact();
      } catch (ArithmeticException fractionalOrBeyondLong) {
        return value;
      }
    }
    return value;
  }

  private static void requireTemporal(RangeCheck c, RangeBound bound, ColumnKind kind) {
    if (kind.numeric() || kind == ColumnKind.TEXT || kind == ColumnKind.BOOLEAN) {
      throw new CheckNotCompilable(
          "range bound " + bound.text() + " is a date but \"" + c.column() + "\" is not temporal");
    }
  }

  private Fragment acceptedViolation(AcceptedValuesCheck c, String col, ColumnKind kind) {
    List<Object> params = new ArrayList<>();
    List<String> marks = new ArrayList<>();
    String target = col;
    for (String v : c.values()) {
      switch (kind) {
        case INTEGER, DECIMAL, FLOAT -> {
          try {
            BigDecimal d = new BigDecimal(v.trim());
            params.add(number(kind, d));
            marks.add("?");
          } catch (NumberFormatException e) {
            throw new CheckNotCompilable(
                "accepted value '" + v + "' is not a number but \"" + c.column() + "\" is numeric");
          }
        }
        case BOOLEAN -> {
          String b = v.trim().toLowerCase(Locale.ROOT);
          if (!b.equals("true") && !b.equals("false")) {
            throw new CheckNotCompilable(
                "accepted value '"
                    + v
                    + "' is not true/false but \""
                    + c.column()
                    + "\" is boolean");
          }
          params.add(Boolean.valueOf(b));
          marks.add("?");
        }
        case DATE, TIMESTAMP, TIMESTAMP_TZ -> {
          params.add(v);
          marks.add(dialect.castParameter(kind));
        }
        case TEXT -> {
          params.add(v);
          marks.add("?");
        }
        case OTHER -> {
          target = dialect.asText(col);
          params.add(v);
          marks.add("?");
        }
      }
    }
    return new Fragment(
        col + " is not null and " + target + " not in (" + String.join(", ", marks) + ")", params);
  }
}
