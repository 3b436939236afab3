package org.pactum.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A hash chain of audit links, whatever they record: a link's hash is {@code
 * hex(SHA-256(UTF-8(prev_hash) || canonical bytes))}, where the canonical bytes are the link's
 * content (its {@code prev_hash} among it) as its owner writes them; the first link's {@code
 * prev_hash} is {@link #GENESIS}; {@code seq} runs 1, 2, 3, … without gaps. The write audit (the
 * access module) and the erasure audit (lineage) each write their own canonical JSON and walk their
 * chain with a {@link Walker}.
 */
public final class HashChain {
  /** The first link's {@code prev_hash}: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  /** The hash of a link whose content is {@code canonical}, chained after {@code prevHash}. */
  public static String hash(String prevHash, byte[] canonical) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
      sha.update(canonical);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /**
   * What a walk found.
   *
   * @param checked how many links were read
   * @param firstBroken the first link that does not hold (empty: the chain is intact)
   * @param problem what is wrong with it
   */
  public record Verdict(long checked, Optional<Long> firstBroken, Optional<String> problem) {
    public boolean intact() {
      return firstBroken.isEmpty();
    }
  }

  /**
   * Walks stored links in {@code seq} order: each must be the next number, name the previous link's
   * hash, and hash to what is stored. Call {@link #next} per link and {@link #result} at the end.
   */
  public static final class Walker {
    private long checked;
    private long expectedSeq = 1;
    private String prevHash = GENESIS;
    private Long broken;
    private String problem;

    /**
     * @param canonical the link's canonical bytes, asked for only when the rest holds
     * @return false once a broken link was found (the walk may stop)
     */
    public boolean next(
        long seq, String linkPrevHash, String storedHash, Supplier<byte[]> canonical) {
      if (broken != null) {
        return false;
      }
      checked++;
      if (seq != expectedSeq) {
        return fail(
            expectedSeq, "link " + expectedSeq + " is missing (the next stored is " + seq + ")");
      }
      if (!linkPrevHash.equals(prevHash)) {
        return fail(seq, "prev_hash does not match the hash of link " + (seq - 1));
      }
      if (!hash(linkPrevHash, canonical.get()).equals(storedHash)) {
        return fail(seq, "the stored hash does not match the row's content");
      }
      prevHash = storedHash;
      expectedSeq++;
      return true;
    }

    private boolean fail(long seq, String what) {
      broken = seq;
      problem = what;
      return false;
    }

    public Verdict result() {
      return new Verdict(checked, Optional.ofNullable(broken), Optional.ofNullable(problem));
    }
  }
}
