package org.pactum.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.pactum.streams.core.validate.AvroLogicalTypes;

/**
 * Order records of the example contract's schema in Confluent's wire format, generated from a seed
 * the validator's tests never use: amounts, currencies, channels and e-mails vary; one in {@value
 * #BAD_EVERY} breaks a check (an amount out of range, or a currency not accepted).
 */
final class StreamOrders {
  static final int BAD_EVERY = 100;
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "CHF"};
  private static final String[] CHANNELS = {"WEB", "IOS", "ANDROID"};

  private final Schema schema;
  private final int schemaId;
  private final Random random;
  private final GenericData data = AvroLogicalTypes.data();
  private final GenericDatumWriter<GenericRecord> writer;
  private long n;

  StreamOrders(Schema schema, int schemaId, long seed) {
    this.schema = schema;
    this.schemaId = schemaId;
    this.random = new Random(seed);
    this.writer = new GenericDatumWriter<>(schema, data);
  }

  /** The next order's wire bytes. */
  byte[] next() {
    long i = n++;
    GenericData.Record r = new GenericData.Record(schema);
    int customer = random.nextInt(50_000);
    r.put("order_id", new UUID(random.nextLong(), random.nextLong()));
    r.put("customer_id", "c-" + customer);
    r.put("email", random.nextInt(10) < 7 ? "customer" + customer + "@example.com" : null);
    r.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "PLACED"));
    r.put(
        "channel",
        new GenericData.EnumSymbol(
            schema.getField("channel").schema(), CHANNELS[random.nextInt(3)]));
    BigDecimal amount =
        BigDecimal.valueOf(5 + random.nextDouble() * 400).setScale(2, RoundingMode.HALF_UP);
    String currency = CURRENCIES[random.nextInt(CURRENCIES.length)];
    if (i % BAD_EVERY == BAD_EVERY - 1) {
      if (random.nextBoolean()) {
        amount = new BigDecimal("250000.00");
      } else {
        currency = "XXX";
      }
    }
    r.put("amount", amount);
    r.put("currency", currency);
    r.put("coupon_code", random.nextInt(10) < 3 ? "WINTER10" : null);
    r.put("items", List.of());
    r.put("shipping_address", null);
    Instant at = Instant.parse("2026-12-01T00:00:00Z").plusMillis(i * 10);
    r.put("placed_at", at);
    r.put("loaded_at", at);
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt(schemaId).array());
    BinaryEncoder e = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writer.write(r, e);
      e.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}
