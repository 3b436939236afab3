package org.pactum.streams.core.validate;

import org.apache.avro.Conversions;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;

/**
 * Avro's generic data model with logical types as Java values (decimal → {@code BigDecimal}, uuid →
 * {@code UUID}, date → {@code LocalDate}, timestamps → {@code Instant}, local timestamps → {@code
 * LocalDateTime}): how the validator decodes records and how a producer's records are written, so
 * checks compare them as the warehouse does.
 */
public final class AvroLogicalTypes {
  private AvroLogicalTypes() {}

  /** A new generic data model with every logical-type conversion Pactum reads and writes. */
  public static GenericData data() {
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    data.addLogicalTypeConversion(new Conversions.UUIDConversion());
    data.addLogicalTypeConversion(new TimeConversions.DateConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
    data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
    data.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
    return data;
  }
}
