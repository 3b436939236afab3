package org.pactum.streams;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.model.DataContract;
import org.pactum.registry.RegistryConfig;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.TestDatabase;

/**
 * The orders example contract ({@code contracts/examples/orders}) with a real registry on a test
 * database: the contract's schema registered under its subject, plus a second version whose {@code
 * customer_id} is nullable (what a producer in a partial outage writes), and wire-format encoding
 * of order records.
 */
public final class Orders {
  public static final Path DIR = Path.of("../contracts/examples/orders");
  public static final String SUBJECT = "orders.order_placed-value";

  public final DataContract contract;
  public final SchemaRegistry registry;
  public final Schema schema;
  public final Schema nullableCustomer;
  public final int schemaId;
  public final int nullableCustomerId;

  public Orders(TestDatabase db) {
    try {
      contract =
          new ContractLoader()
              .load(DIR.resolve("order_placed.contract.yaml"))
              .contract()
              .orElseThrow()
              .contract();
      String text = Files.readString(DIR.resolve("order_placed.avsc"));
      String nullable =
          text.replace(
              "{\"name\": \"customer_id\", \"type\": \"string\",",
              "{\"name\": \"customer_id\", \"type\": [\"null\", \"string\"], \"default\": null,");
      if (nullable.equals(text)) {
        throw new IllegalStateException("order_placed.avsc changed: customer_id not found");
      }
      Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
      registry =
          new SchemaRegistry(
              new JdbiRegistryStore(jdbi),
              CompatibilityChecker.standard(),
              new RegistryConfig().toSettings());
      schemaId = registry.register(SUBJECT, SchemaSubmission.of(text, "AVRO")).id();
      nullableCustomerId = registry.register(SUBJECT, SchemaSubmission.of(nullable, "AVRO")).id();
      schema = new Schema.Parser().parse(text);
      nullableCustomer = new Schema.Parser().parse(nullable);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An order that passes every check. */
  public GenericRecord valid() {
    return order(schema);
  }

  /** An order of the nullable-customer schema version. */
  public GenericRecord ofNullableCustomer() {
    return order(nullableCustomer);
  }

  private static GenericRecord order(Schema schema) {
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

  /** The record in Confluent's wire format under {@code id}. */
  public static byte[] wire(int id, GenericRecord record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    try {
      new GenericDatumWriter<GenericRecord>(record.getSchema(), logicalTypes())
          .write(record, encoder);
      encoder.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static GenericData logicalTypes() {
    GenericData data = new GenericData();
    data.addLogicalTypeConversion(new Conversions.DecimalConversion());
    data.addLogicalTypeConversion(new Conversions.UUIDConversion());
    data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    return data;
  }
}
