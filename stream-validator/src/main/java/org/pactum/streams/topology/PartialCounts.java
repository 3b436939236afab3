package org.pactum.streams.topology;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * One task's counts of an open window as kept in its state store: the plan's fingerprint, then one
 * long per counter. Counts of another plan (the contract changed while the window was open) are not
 * read back.
 */
final class PartialCounts {
  private PartialCounts() {}

  static byte[] encode(int fingerprint, long[] counts) {
    ByteBuffer b = ByteBuffer.allocate(4 + 8 * counts.length);
    b.putInt(fingerprint);
    for (long c : counts) {
      b.putLong(c);
    }
    return b.array();
  }

  /** The counts, when they were written under this fingerprint and layout. */
  static Optional<long[]> decode(byte[] bytes, int fingerprint, int counters) {
    if (bytes == null || bytes.length != 4 + 8 * counters) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt() != fingerprint) {
      return Optional.empty();
    }
    long[] counts = new long[counters];
    for (int i = 0; i < counters; i++) {
      counts[i] = b.getLong();
    }
    return Optional.of(counts);
  }
}
