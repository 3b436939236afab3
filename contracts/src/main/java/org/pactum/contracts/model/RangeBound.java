package org.pactum.contracts.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One end of a {@link RangeCheck}: a number, a date, or an instant. */
public sealed interface RangeBound {

  /** The bound as written in the contract. */
  String text();

  /** Whether the bound is a date or instant rather than a number. */
  default boolean temporal() {
    return !(this instanceof NumericBound);
  }

  record NumericBound(BigDecimal value) implements RangeBound {
    @Override
    public String text() {
      return value.toPlainString();
    }
  }

  record DateBound(LocalDate value) implements RangeBound {
    @Override
    public String text() {
      return value.toString();
    }
  }

  record TimestampBound(Instant value) implements RangeBound {
    @Override
    public String text() {
      return value.toString();
    }
  }
}
