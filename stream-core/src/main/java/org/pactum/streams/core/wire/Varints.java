package org.pactum.streams.core.wire;

/**
 * Zig-zag varints (32-bit, as Kafka's {@code ByteUtils.readVarint} reads them) from a byte array,
 * bounds-checked: a varint cut off by the end of the array, or longer than 5 bytes, is {@link
 * #MALFORMED}.
 */
final class Varints {
  /** Not a value a 32-bit zig-zag varint can decode to. */
  static final long MALFORMED = Long.MIN_VALUE;

  private final byte[] bytes;
  private int position;

  Varints(byte[] bytes, int position) {
    this.bytes = bytes;
    this.position = position;
  }

  int position() {
    return position;
  }

  long nextZigZag() {
    int raw = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (position >= bytes.length) {
        return MALFORMED;
      }
      byte b = bytes[position++];
      raw |= (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
    }
    return MALFORMED;
  }
}
