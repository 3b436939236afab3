package org.pactum.streams.core.window;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tallies as bytes, self-describing (each counter by name), so parts counted under different plans
 * still add up by name: a format version byte, the number of counters, then each counter's {@link
 * Counter#text()} (modified UTF-8) and count.
 */
public final class TallyCodec {
  private static final byte VERSION = 1;

  private TallyCodec() {}

  public static byte[] encode(Tally tally) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + tally.counts().size() * 32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(tally.counts().size());
      for (Map.Entry<Counter, Long> e : tally.counts().entrySet()) {
        out.writeUTF(e.getKey().text());
        out.writeLong(e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * @throws IllegalArgumentException for bytes this codec did not write
   */
  public static Tally decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown tally format " + version);
      }
      int n = in.readInt();
      if (n < 0 || n > bytes.length) {
        throw new IllegalArgumentException(
            "a tally of " + n + " counters in " + bytes.length + " bytes");
      }
      Map<Counter, Long> counts = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        counts.merge(Counter.parse(in.readUTF()), in.readLong(), Long::sum);
      }
      if (in.available() > 0) {
        throw new IllegalArgumentException("bytes left after a tally");
      }
      return new Tally(counts);
    } catch (IOException e) {
      throw new IllegalArgumentException("a truncated tally", e);
    }
  }
}
