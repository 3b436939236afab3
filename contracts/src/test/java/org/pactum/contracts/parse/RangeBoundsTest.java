package org.pactum.contracts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.RangeBound.DateBound;
import org.pactum.contracts.model.RangeBound.NumericBound;
import org.pactum.contracts.model.RangeBound.TimestampBound;

class RangeBoundsTest {

  @Test
  void numbersCompareByValueNotByText() {
    assertThat(RangeBounds.compare(number("10"), number("9.5"))).isPositive();
    assertThat(RangeBounds.compare(number("1.0"), number("1"))).isZero();
    assertThat(RangeBounds.compare(number("-3"), number("2"))).isNegative();
  }

  @Test
  void aDateIsTheStartOfItsDayInUtcWhenComparedWithATimestamp() {
    DateBound day = new DateBound(LocalDate.parse("2024-01-31"));
    assertThat(RangeBounds.compare(day, timestamp("2024-01-31T00:00:00Z"))).isZero();
    assertThat(RangeBounds.compare(day, timestamp("2024-01-30T23:59:59Z"))).isPositive();
    assertThat(RangeBounds.compare(timestamp("2024-01-31T00:00:01Z"), day)).isPositive();
  }

  @Test
  void datesCompareByDay() {
    assertThat(
            RangeBounds.compare(
                new DateBound(LocalDate.parse("2024-02-01")),
                new DateBound(LocalDate.parse("2024-01-31"))))
        .isPositive();
  }

  private static NumericBound number(String text) {
    return new NumericBound(new BigDecimal(text));
  }

  private static TimestampBound timestamp(String text) {
    return new TimestampBound(Instant.parse(text));
  }
}
