package org.pactum.streams.core.wire;

import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.core.wire.Framing.Framed;
import org.pactum.streams.core.wire.Framing.Refused;

/**
 * Reads Confluent's wire-format header: magic byte {@code 0}, the schema id as 4 bytes big-endian,
 * and for Protobuf the message indexes (a zig-zag varint count, then that many zig-zag varint
 * indexes; a count of 0 is the short form for {@code [0]}). Any byte array gives a {@link Framing};
 * nothing is thrown and nothing beyond the header is read.
 */
public final class WireFormat {
  /** The only magic byte of Confluent's wire format. */
  public static final byte MAGIC = 0;

  /** Magic byte plus schema id. */
  public static final int HEADER_LENGTH = 5;

  /**
   * The most message indexes accepted: deeper nesting than this is not a real schema (Confluent's
   * own deserializer bounds the list by the remaining bytes only).
   */
  static final int MAX_MESSAGE_INDEXES = 100;

  private WireFormat() {}

  /** Reads the header of {@code value} written for a schema of {@code format}. */
  public static Framing read(byte[] value, SchemaFormat format) {
    if (value == null || value.length == 0) {
      return new Refused(WireRefusal.NO_HEADER, "empty value");
    }
    if (value[0] != MAGIC) {
      return new Refused(
          WireRefusal.UNKNOWN_MAGIC, "first byte 0x" + String.format("%02x", value[0] & 0xff));
    }
    if (value.length < HEADER_LENGTH) {
      return new Refused(
          WireRefusal.TRUNCATED,
          value.length + " bytes, the header needs " + HEADER_LENGTH + " (magic byte, schema id)");
    }
    SchemaId id =
        new SchemaId(
            ((value[1] & 0xff) << 24)
                | ((value[2] & 0xff) << 16)
                | ((value[3] & 0xff) << 8)
                | (value[4] & 0xff));
    if (format != SchemaFormat.PROTOBUF) {
      return new Framed(id, List.of(), HEADER_LENGTH);
    }
    return readMessageIndexes(value, id);
  }

  private static Framing readMessageIndexes(byte[] value, SchemaId id) {
    Varints in = new Varints(value, HEADER_LENGTH);
    long count = in.nextZigZag();
    if (count == Varints.MALFORMED) {
      return new Refused(WireRefusal.TRUNCATED, "the message-index count is cut off");
    }
    if (count == 0) {
      return new Framed(id, List.of(0), in.position());
    }
    if (count < 0 || count > MAX_MESSAGE_INDEXES) {
      return new Refused(WireRefusal.BAD_MESSAGE_INDEXES, "message-index count " + count);
    }
    List<Integer> indexes = new ArrayList<>((int) count);
    for (int i = 0; i < count; i++) {
      long index = in.nextZigZag();
      if (index == Varints.MALFORMED) {
        return new Refused(
            WireRefusal.TRUNCATED, "message index " + (i + 1) + " of " + count + " is cut off");
      }
      if (index < 0 || index > Integer.MAX_VALUE) {
        return new Refused(WireRefusal.BAD_MESSAGE_INDEXES, "message index " + index);
      }
      indexes.add((int) index);
    }
    return new Framed(id, indexes, in.position());
  }
}
