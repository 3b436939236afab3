package org.pactum.streams.core.validate;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;

/**
 * Decodes an Avro payload with its writer schema into a generic record whose logical types are Java
 * values (decimal → {@code BigDecimal}, date → {@code LocalDate}, timestamps → {@code Instant} or
 * {@code LocalDateTime}), so checks compare them as the warehouse does. Bytes left over after the
 * record are corruption too, and {@link AvroBounds} refuses a length or count the bytes cannot hold
 * before anything is allocated for it.
 */
final class AvroPayloads {
  private static final GenericData DATA = AvroLogicalTypes.data();

  private AvroPayloads() {}

  /** The decoded record; {@link CorruptPayload} when the bytes are not one. */
  static IndexedRecord decode(Schema writer, byte[] value, int offset, Readers readers)
      throws CorruptPayload {
    AvroBounds.check(writer, value, offset); // no length or count larger than the bytes
    BinaryDecoder decoder =
        DecoderFactory.get().binaryDecoder(value, offset, value.length - offset, null);
    GenericDatumReader<Object> reader = readers.of(writer);
    Object decoded;
    try {
      decoded = reader.read(null, decoder);
      if (!decoder.isEnd()) {
        throw new CorruptPayload("bytes left over after the record");
      }
    } catch (IOException | RuntimeException e) {
      // Avro signals bad bytes with EOFException, AvroRuntimeException, index or negative-size
      // errors from the bytes it reads: all of them mean the payload is not this schema's record
      throw new CorruptPayload(e.getClass().getSimpleName());
    }
    return (IndexedRecord) decoded;
  }

  /**
   * A reader per writer schema and thread, kept by one validator: building one resolves the schema
   * (costly), and a reader is not documented as safe to share between threads. Writer schemas are
   * few; the cache is bounded anyway.
   */
  static final class Readers {
    private static final int MAX = 256;
    private final ThreadLocal<Map<Schema, GenericDatumReader<Object>>> byThread =
        ThreadLocal.withInitial(HashMap::new);

    GenericDatumReader<Object> of(Schema writer) {
      Map<Schema, GenericDatumReader<Object>> readers = byThread.get();
      GenericDatumReader<Object> reader = readers.get(writer);
      if (reader == null) {
        if (readers.size() >= MAX) {
          readers.clear();
        }
        reader = new GenericDatumReader<>(writer, writer, DATA);
        readers.put(writer, reader);
      }
      return reader;
    }
  }

  /** The payload does not decode with the writer schema. */
  static final class CorruptPayload extends Exception {
    private static final long serialVersionUID = 1L;

    CorruptPayload(String message) {
      super(message, null, false, false);
    }
  }
}
