package org.pactum.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The SHA-256 of a secret (an API token's secret, a JWT): what the store keeps instead of the
 * secret, and the key verified credentials are cached under. A fast hash is right here: the secrets
 * are high-entropy random values or signed tokens, not passwords people choose. Equality is
 * constant-time.
 */
public final class TokenHash {
  /** SHA-256's length in bytes. */
  public static final int LENGTH = 32;

  private final byte[] bytes;
  private final int hash;

  private TokenHash(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** The SHA-256 of a secret's UTF-8 bytes. */
  public static TokenHash of(String secret) {
    try {
      return new TokenHash(
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A stored hash, as {@link #bytes()} gave it. */
  public static TokenHash fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != LENGTH) {
      throw new IllegalArgumentException("a token hash is " + LENGTH + " bytes");
    }
    return new TokenHash(bytes.clone());
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether two hashes are equal, in time independent of where they differ. */
  public boolean matches(TokenHash other) {
    return other != null && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenHash t && matches(t);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** The first 8 hex digits, enough to tell hashes apart in a test's failure message. */
  @Override
  public String toString() {
    return "TokenHash[" + HexFormat.of().formatHex(bytes, 0, 4) + "…]";
  }
}
