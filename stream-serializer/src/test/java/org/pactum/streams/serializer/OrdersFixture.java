package org.pactum.streams.serializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * The orders example contract ({@code contracts/examples/orders}) bound to Kafka topics, and order
 * records of its schema with {@code customer_id} made nullable (what a producer in a partial outage
 * writes, so not_null can fail on a record that still encodes).
 */
final class OrdersFixture {
  static final Path DIR = Path.of("../contracts/examples/orders");
  static final String DEAD_LETTER = "orders.order_placed.dlq";

  final String contractYaml;
  final Schema schema;

  OrdersFixture() {
    try {
      // the example binds the contract to orders.order_placed and its DEAD_LETTER topic
      contractYaml = Files.readString(DIR.resolve("order_placed.contract.yaml"));
      if (!contractYaml.contains("dead_letter: " + DEAD_LETTER)) {
        throw new IllegalStateException("the example's kafka section changed");
      }
      String text = Files.readString(DIR.resolve("order_placed.avsc"));
      String nullable =
          text.replace(
              "{\"name\": \"customer_id\", \"type\": \"string\",",
              "{\"name\": \"customer_id\", \"type\": [\"null\", \"string\"], \"default\": null,");
      if (nullable.equals(text)) {
        throw new IllegalStateException("order_placed.avsc changed: customer_id not found");
      }
      schema = new Schema.Parser().parse(nullable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An order that passes every check. */
  GenericRecord valid() {
    GenericData.Record r = new GenericData.Record(schema);
    r.put("order_id", UUID.fromString("6f1c1b9e-8d51-4a43-9a3c-0d4f6d7f0a11"));
    r.put("customer_id", "c-1001");
    r.put("email", "ana@example.com");
    r.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "PLACED"));
    r.put("channel", new GenericData.EnumSymbol(schema.getField("channel").schema(), "WEB"));
    r.put("amount", new BigDecimal("42.50"));
    r.put("currency", "EUR");
    r.put("coupon_code", null);
    r.put("items", List.of());
    r.put("shipping_address", null);
    r.put("placed_at", Instant.parse("2026-12-01T10:15:30Z"));
    r.put("loaded_at", Instant.parse("2026-12-01T10:16:00Z"));
    return r;
  }

  /** An order without a customer: fails {@code not_null(customer_id)}. */
  GenericRecord withoutCustomer() {
    GenericRecord r = valid();
    r.put("customer_id", null);
    return r;
  }
}
