package org.pactum.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.serialization.Serializer;
import org.pactum.streams.core.validate.AvroLogicalTypes;

/**
 * {@link SerializerBench}'s baseline: what a plain Avro serializer does with a known schema id —
 * Avro's {@link GenericDatumWriter} (one per schema, kept; logical types converted) after the
 * 5-byte Confluent header — and nothing else: no registry, no checks. Not product code.
 */
final class PlainAvroWireSerializer implements Serializer<Object> {
  /** The same conversions as the serializer's, so both sides write the same values the same way. */
  private static final GenericData DATA = AvroLogicalTypes.data();

  private final int schemaId;
  private final Map<Schema, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

  PlainAvroWireSerializer(int schemaId) {
    this.schemaId = schemaId;
  }

  @Override
  public byte[] serialize(String topic, Object data) {
    IndexedRecord record = (IndexedRecord) data;
    DatumWriter<Object> writer =
        writers.computeIfAbsent(record.getSchema(), s -> new GenericDatumWriter<>(s, DATA));
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.write(0);
    out.write(schemaId >>> 24);
    out.write(schemaId >>> 16);
    out.write(schemaId >>> 8);
    out.write(schemaId);
    BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
    try {
      writer.write(record, encoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
