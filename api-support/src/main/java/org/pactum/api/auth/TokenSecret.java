package org.pactum.api.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * An API token's secret: {@code pct_}, then {@value #RANDOM_CHARS} random base62 characters (256
 * bits from a {@link SecureRandom}), then a {@value #CHECK_CHARS}-character base62 CRC-32 of what
 * precedes it. The prefix lets secret scanners and people recognise a Pactum token; the check lets
 * {@link #parse} refuse a mistyped or truncated one without asking the store. Shown once when
 * created; only its {@link #hash()} is stored. {@link #toString()} never shows it.
 */
public final class TokenSecret {
  public static final String PREFIX = "pct_";
  static final int RANDOM_CHARS = 43;
  static final int CHECK_CHARS = 6;

  /** The length of every secret. */
  public static final int LENGTH = PREFIX.length() + RANDOM_CHARS + CHECK_CHARS;

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final String text;

  private TokenSecret(String text) {
    this.text = text;
  }

  /** A new secret. */
  public static TokenSecret generate(SecureRandom random) {
    StringBuilder s = new StringBuilder(LENGTH).append(PREFIX);
    for (int i = 0; i < RANDOM_CHARS; i++) {
      s.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    return new TokenSecret(s.append(check(s)).toString());
  }

  /** Whether a text looks like a Pactum token at all (its prefix), right or wrong. */
  public static boolean looksLikeOne(String text) {
    return text != null && text.startsWith(PREFIX);
  }

  /** The secret a text holds, if it has the format and its check matches. */
  public static Optional<TokenSecret> parse(String text) {
    if (text == null || text.length() != LENGTH || !text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    for (int i = PREFIX.length(); i < LENGTH; i++) {
      if (BASE62.indexOf(text.charAt(i)) < 0) {
        return Optional.empty();
      }
    }
    String body = text.substring(0, LENGTH - CHECK_CHARS);
    return check(body).equals(text.substring(LENGTH - CHECK_CHARS))
        ? Optional.of(new TokenSecret(text))
        : Optional.empty();
  }

  /** The secret itself, to show its owner once. */
  public String reveal() {
    return text;
  }

  /** What the store keeps, and the key a verified token is cached under. */
  public TokenHash hash() {
    return TokenHash.of(text);
  }

  private static String check(CharSequence body) {
    CRC32 crc = new CRC32();
    crc.update(body.toString().getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    char[] out = new char[CHECK_CHARS];
    for (int i = CHECK_CHARS - 1; i >= 0; i--) {
      out[i] = BASE62.charAt((int) (v % 62));
      v /= 62;
    }
    return new String(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenSecret t && hash().matches(t.hash());
  }

  @Override
  public int hashCode() {
    return hash().hashCode();
  }

  @Override
  public String toString() {
    return PREFIX + "***";
  }
}
