package org.pactum.streams.serializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.pactum.streams.core.validate.AvroLogicalTypes;
import org.pactum.streams.core.wire.SchemaId;
import org.pactum.streams.core.wire.WireFormat;

/**
 * Writes a record in Confluent's wire format: magic byte 0, the schema id (4 bytes, big-endian),
 * the Avro binary encoding. Logical-type values may be Java values ({@code BigDecimal}, {@code
 * Instant}, {@code LocalDate}, {@code UUID}, …) or Avro's raw ones ({@code ByteBuffer}, {@code
 * long}, …): Avro picks the conversion by the value's class. One datum writer per schema, kept.
 * Thread-safe.
 */
final class AvroWireWriter {
  private static final GenericData DATA = AvroLogicalTypes.data();

  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  byte[] write(SchemaId id, IndexedRecord record) {
    Schema schema = record.getSchema();
    DatumWriter<Object> writer =
        writers.computeIfAbsent(schema, s -> new GenericDatumWriter<>(s, DATA));
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    int v = id.value();
    out.write(WireFormat.MAGIC);
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writer.write(record, encoder);
    } catch (IOException | RuntimeException e) {
      // a null in a non-null field, a value of the wrong type: the record is not of its schema
      throw new SerializationException(
          "the record does not conform to its own schema "
              + schema.getFullName()
              + ": "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " " + e.getMessage()),
          e);
    }
    return out.toByteArray();
  }
}
