package org.pactum.streams.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.junit.jupiter.api.Test;
import org.pactum.streams.core.validate.AvroPayloads.CorruptPayload;

/**
 * The walk before decoding: a payload Avro wrote passes it, and a length, count or nesting the
 * bytes cannot hold is refused before the decoder allocates anything for it.
 */
class AvroBoundsTest {
  private static final Schema ORDER =
      new Schema.Parser()
          .parse(
              """
              {"type": "record", "name": "Order", "fields": [
                {"name": "id", "type": "string"},
                {"name": "amount", "type": "double"},
                {"name": "note", "type": ["null", "string"], "default": null},
                {"name": "tags", "type": {"type": "array", "items": "string"}},
                {"name": "attrs", "type": {"type": "map", "values": "long"}},
                {"name": "flags", "type": {"type": "array", "items": "null"}},
                {"name": "raw", "type": "bytes"}
              ]}
              """);

  private static byte[] write(GenericRecord r) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(r.getSchema()).write(r, enc);
    enc.flush();
    return out.toByteArray();
  }

  private static GenericRecord order() {
    GenericRecord r = new GenericData.Record(ORDER);
    r.put("id", "o-1");
    r.put("amount", 12.5);
    r.put("note", "gift");
    r.put("tags", List.of("a", "b"));
    r.put("attrs", Map.of("k", 1L));
    r.put("flags", Arrays.asList(null, null, null));
    r.put("raw", ByteBuffer.wrap(new byte[] {1, 2, 3}));
    return r;
  }

  /** Avro's zig-zag varint of a long. */
  private static byte[] varint(long v) {
    long z = (v << 1) ^ (v >> 63);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while ((z & ~0x7fL) != 0) {
      out.write((int) ((z & 0x7f) | 0x80));
      z >>>= 7;
    }
    out.write((int) z);
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aPayloadAvroWrotePasses() throws Exception {
    byte[] bytes = write(order());
    AvroBounds.check(ORDER, bytes, 0);
    assertThat(AvroPayloads.decode(ORDER, bytes, 0, new AvroPayloads.Readers()).get(0).toString())
        .isEqualTo("o-1");
  }

  @Test
  void aStringLengthOfGigabytesIsRefusedBeforeAnythingIsAllocated() {
    byte[] bytes = concat(varint(Integer.MAX_VALUE - 8L), new byte[] {'x'});
    assertThatThrownBy(() -> AvroPayloads.decode(ORDER, bytes, 0, new AvroPayloads.Readers()))
        .isInstanceOf(CorruptPayload.class)
        .hasMessageContaining("does not fit");
  }

  @Test
  void anArrayCountTheBytesCannotHoldIsRefused() throws Exception {
    byte[] head = concat(varint(3), "o-1".getBytes(), new byte[8], varint(0));
    byte[] tags = varint(1_000_000_000L);
    assertThatThrownBy(() -> AvroBounds.check(ORDER, concat(head, tags, new byte[16]), 0))
        .isInstanceOf(CorruptPayload.class)
        .hasMessageContaining("items does not fit");
    // an array of nulls takes no bytes: its count is capped instead
    byte[] nulls =
        concat(head, varint(0), varint(0), varint(AvroBounds.MAX_EMPTY_ITEMS + 1), varint(0));
    assertThatThrownBy(() -> AvroBounds.check(ORDER, concat(nulls, varint(0)), 0))
        .isInstanceOf(CorruptPayload.class);
    byte[] fine = concat(head, varint(0), varint(0), varint(1000), varint(0), varint(0));
    AvroBounds.check(ORDER, fine, 0);
  }

  @Test
  void aUnionBranchTheSchemaLacksAndATruncatedPayloadAreRefused() throws Exception {
    byte[] bytes = write(order());
    byte[] badBranch = bytes.clone();
    badBranch[4 + 8] = 0x08; // the note's union index: 4 (the schema has 2 branches)
    assertThatThrownBy(() -> AvroBounds.check(ORDER, badBranch, 0))
        .isInstanceOf(CorruptPayload.class)
        .hasMessageContaining("union branch");
    for (int cut = 0; cut < bytes.length; cut++) {
      byte[] head = Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> AvroBounds.check(ORDER, head, 0))
          .as("cut at %d", cut)
          .isInstanceOf(CorruptPayload.class);
    }
  }

  @Test
  void aRecursiveSchemaNestedBeyondTheBoundIsRefusedWithoutOverflowingTheStack() {
    Schema node =
        new Schema.Parser()
            .parse(
                """
                {"type": "record", "name": "Node", "fields": [
                  {"name": "next", "type": ["null", "Node"]}]}
                """);
    byte[] deep = new byte[1_000_000];
    Arrays.fill(deep, (byte) 2); // branch 1 (Node), a million times
    assertThatThrownBy(() -> AvroPayloads.decode(node, deep, 0, new AvroPayloads.Readers()))
        .isInstanceOf(CorruptPayload.class)
        .hasMessageContaining("nested deeper");
  }

  @Test
  void randomBytesNeverEscapeAsAnythingButCorruptPayload() {
    Random random = new Random(20261207L);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      try {
        AvroPayloads.decode(ORDER, bytes, 0, new AvroPayloads.Readers());
      } catch (CorruptPayload expected) {
        // the only way out for bytes that are not an Order
      }
    }
  }
}
