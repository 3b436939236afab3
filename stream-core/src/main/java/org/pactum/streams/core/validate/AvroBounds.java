package org.pactum.streams.core.validate;

import java.util.List;
import org.apache.avro.Schema;
import org.pactum.streams.core.validate.AvroPayloads.CorruptPayload;

/**
 * Walks an Avro payload with its writer schema before it is decoded, building nothing: every length
 * (a string's, a byte array's) and every block count (an array's, a map's) the bytes hold must fit
 * in the bytes left, and nesting stays within {@value #MAX_DEPTH} levels. A corrupt length prefix
 * that asks for gigabytes, or a recursive schema nested a million deep, is refused here, so the
 * decoder that follows is never asked for more memory than the payload's own size (or a stack
 * deeper than the bound).
 */
final class AvroBounds {
  /** How deep records, arrays, maps and unions may nest in one payload. */
  static final int MAX_DEPTH = 128;

  /** How many items of a type that takes no bytes ({@code null}, an empty record) one may hold. */
  static final long MAX_EMPTY_ITEMS = 65_536;

  private final byte[] bytes;
  private final int end;
  private int position;

  private AvroBounds(byte[] bytes, int offset) {
    this.bytes = bytes;
    this.end = bytes.length;
    this.position = offset;
  }

  /**
   * @throws CorruptPayload when a length or count does not fit, or the bytes end too soon
   */
  static void check(Schema writer, byte[] bytes, int offset) throws CorruptPayload {
    new AvroBounds(bytes, offset).walk(writer, 0);
  }

  private void walk(Schema s, int depth) throws CorruptPayload {
    if (depth > MAX_DEPTH) {
      throw new CorruptPayload("nested deeper than " + MAX_DEPTH + " levels");
    }
    switch (s.getType()) {
      case NULL -> {}
      case BOOLEAN -> skip(1);
      case INT, LONG, ENUM -> varint();
      case FLOAT -> skip(4);
      case DOUBLE -> skip(8);
      case FIXED -> skip(s.getFixedSize());
      case STRING, BYTES -> skip(length());
      case RECORD -> {
        for (Schema.Field f : s.getFields()) {
          walk(f.schema(), depth + 1);
        }
      }
      case UNION -> {
        List<Schema> branches = s.getTypes();
        long index = varint();
        if (index < 0 || index >= branches.size()) {
          throw new CorruptPayload("a union branch " + index + " the schema does not have");
        }
        walk(branches.get((int) index), depth + 1);
      }
      case ARRAY -> items(s.getElementType(), false, depth);
      case MAP -> items(s.getValueType(), true, depth);
    }
  }

  /** An array's or a map's blocks: a count (negative: followed by the block's size), its items. */
  private void items(Schema item, boolean keyed, int depth) throws CorruptPayload {
    boolean empty = !keyed && takesNoBytes(item, 0);
    long total = 0;
    while (true) {
      long count = varint();
      if (count == 0) {
        return;
      }
      if (count < 0) {
        count = -count;
        varint(); // the block's size in bytes, a hint a reader may skip by
      }
      total += count;
      long limit = empty ? MAX_EMPTY_ITEMS : end - position;
      if (count < 0 || total > limit) {
        throw new CorruptPayload("a count of " + count + " items does not fit in the payload");
      }
      for (long i = 0; i < count; i++) {
        if (keyed) {
          skip(length());
        }
        walk(item, depth + 1);
      }
    }
  }

  /** Whether a value of this type is written as no bytes at all. */
  private static boolean takesNoBytes(Schema s, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    return switch (s.getType()) {
      case NULL -> true;
      case FIXED -> s.getFixedSize() == 0;
      case RECORD -> s.getFields().stream().allMatch(f -> takesNoBytes(f.schema(), depth + 1));
      default -> false;
    };
  }

  private long length() throws CorruptPayload {
    long n = varint();
    if (n < 0 || n > end - position) {
      throw new CorruptPayload("a length of " + n + " bytes does not fit in the payload");
    }
    return n;
  }

  private void skip(long n) throws CorruptPayload {
    if (n > end - position) {
      throw new CorruptPayload("the payload ends too soon");
    }
    position += (int) n;
  }

  /** A zig-zag varint of up to 64 bits, as Avro writes ints and longs. */
  private long varint() throws CorruptPayload {
    long raw = 0;
    for (int shift = 0; shift < 70; shift += 7) {
      if (position >= end) {
        throw new CorruptPayload("the payload ends inside a number");
      }
      byte b = bytes[position++];
      raw |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return (raw >>> 1) ^ -(raw & 1);
      }
    }
    throw new CorruptPayload("a number longer than ten bytes");
  }
}
