package org.pactum.streams.core.validate;

import java.nio.ByteBuffer;
import org.apache.avro.generic.GenericFixed;

/** A field value as the {@code actual} of a reason: short text, never raw bytes. */
final class ValueText {
  static final int MAX_LENGTH = 200;

  private ValueText() {}

  static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof ByteBuffer b) {
      return "<" + b.remaining() + " bytes>";
    }
    if (value instanceof GenericFixed f) {
      return "<" + f.bytes().length + " bytes>";
    }
    String text = value.toString();
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
