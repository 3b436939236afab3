package org.pactum.streams.core.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.core.wire.Framing.Framed;
import org.pactum.streams.core.wire.Framing.Refused;

class WireFormatTest {

  @Test
  void anAvroHeaderGivesTheSchemaIdBigEndianAndThePayloadOffset() {
    byte[] value = {0, 0x01, 0x02, 0x03, 0x04, 42};
    assertThat(WireFormat.read(value, SchemaFormat.AVRO))
        .isEqualTo(new Framed(new SchemaId(0x01020304), List.of(), 5));
  }

  @Test
  void schemaIdsUseAllFourBytesUnsignedBitPatterns() {
    byte[] value = {0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe};
    assertThat(((Framed) WireFormat.read(value, SchemaFormat.AVRO)).schemaId())
        .isEqualTo(new SchemaId(-2));
  }

  @Test
  void emptyOrNullValuesHaveNoHeader() {
    assertThat(WireFormat.read(new byte[0], SchemaFormat.AVRO))
        .isEqualTo(new Refused(WireRefusal.NO_HEADER, "empty value"));
    assertThat(WireFormat.read(null, SchemaFormat.AVRO))
        .isInstanceOf(Refused.class)
        .extracting(f -> ((Refused) f).reason())
        .isEqualTo(WireRefusal.NO_HEADER);
  }

  @Test
  void anotherMagicByteIsRefused() {
    Framing f = WireFormat.read("{\"order_id\":1}".getBytes(), SchemaFormat.AVRO);
    assertThat(f).isEqualTo(new Refused(WireRefusal.UNKNOWN_MAGIC, "first byte 0x7b"));
  }

  @Test
  void aHeaderCutOffBeforeTheSchemaIdEndsIsTruncated() {
    for (int length = 1; length < 5; length++) {
      assertThat(WireFormat.read(new byte[length], SchemaFormat.AVRO))
          .extracting(f -> ((Refused) f).reason())
          .isEqualTo(WireRefusal.TRUNCATED);
    }
  }

  @Test
  void avroAcceptsAHeaderWithAnEmptyPayload() {
    // an empty payload is a valid Avro record of an empty record schema; the decoder judges it
    assertThat(WireFormat.read(new byte[5], SchemaFormat.AVRO))
        .isEqualTo(new Framed(new SchemaId(0), List.of(), 5));
  }

  @Test
  void protobufShortFormZeroMeansTheFirstMessage() {
    byte[] value = {0, 0, 0, 0, 7, 0, 10, 3};
    assertThat(WireFormat.read(value, SchemaFormat.PROTOBUF))
        .isEqualTo(new Framed(new SchemaId(7), List.of(0), 6));
  }

  @Test
  void protobufMessageIndexesAreZigZagVarints() {
    // count 2 (zigzag 4), indexes 1 (zigzag 2) and 200 (zigzag 400 = 0x90 0x03)
    byte[] value = {0, 0, 0, 0, 9, 4, 2, (byte) 0x90, 0x03, 99};
    assertThat(WireFormat.read(value, SchemaFormat.PROTOBUF))
        .isEqualTo(new Framed(new SchemaId(9), List.of(1, 200), 9));
  }

  @Test
  void protobufIndexesCutOffAreTruncated() {
    assertThat(WireFormat.read(new byte[] {0, 0, 0, 0, 9}, SchemaFormat.PROTOBUF))
        .extracting(f -> ((Refused) f).reason())
        .isEqualTo(WireRefusal.TRUNCATED);
    assertThat(WireFormat.read(new byte[] {0, 0, 0, 0, 9, 4, 2}, SchemaFormat.PROTOBUF))
        .isEqualTo(new Refused(WireRefusal.TRUNCATED, "message index 2 of 2 is cut off"));
    assertThat(WireFormat.read(new byte[] {0, 0, 0, 0, 9, (byte) 0x80}, SchemaFormat.PROTOBUF))
        .extracting(f -> ((Refused) f).reason())
        .isEqualTo(WireRefusal.TRUNCATED);
  }

  @Test
  void negativeOrHugeProtobufCountsAndNegativeIndexesAreRefused() {
    assertThat(WireFormat.read(new byte[] {0, 0, 0, 0, 9, 1}, SchemaFormat.PROTOBUF))
        .isEqualTo(new Refused(WireRefusal.BAD_MESSAGE_INDEXES, "message-index count -1"));
    // count 101 = zigzag 202 = 0xCA 0x01
    assertThat(
            WireFormat.read(new byte[] {0, 0, 0, 0, 9, (byte) 0xca, 0x01}, SchemaFormat.PROTOBUF))
        .isEqualTo(new Refused(WireRefusal.BAD_MESSAGE_INDEXES, "message-index count 101"));
    assertThat(WireFormat.read(new byte[] {0, 0, 0, 0, 9, 2, 3}, SchemaFormat.PROTOBUF))
        .isEqualTo(new Refused(WireRefusal.BAD_MESSAGE_INDEXES, "message index -2"));
  }

  @Test
  void aVarintLongerThanFiveBytesIsMalformed() {
    byte[] value = {
      0, 0, 0, 0, 9, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x01
    };
    assertThat(WireFormat.read(value, SchemaFormat.PROTOBUF))
        .extracting(f -> ((Refused) f).reason())
        .isEqualTo(WireRefusal.TRUNCATED);
  }

  /** Property: any bytes give a framing, never an exception, and offsets stay inside the value. */
  @Test
  void randomBytesNeverThrowAndOffsetsStayInBounds() {
    Random random = new Random(20261207L);
    int framed = 0;
    for (int i = 0; i < 200_000; i++) {
      byte[] value = new byte[random.nextInt(24)];
      random.nextBytes(value);
      if (value.length > 0 && random.nextInt(3) > 0) {
        value[0] = 0; // most cases past the magic byte
      }
      for (SchemaFormat format : SchemaFormat.values()) {
        Framing f = WireFormat.read(value, format);
        if (f instanceof Framed ok) {
          framed++;
          assertThat(ok.payloadOffset()).isBetween(5, value.length);
          assertThat(ok.messageIndexes()).allSatisfy(index -> assertThat(index).isNotNegative());
          assertThat(ok.messageIndexes().isEmpty()).isEqualTo(format != SchemaFormat.PROTOBUF);
        } else {
          assertThat(((Refused) f).detail()).isNotBlank();
        }
      }
    }
    assertThat(framed).isPositive();
  }
}
