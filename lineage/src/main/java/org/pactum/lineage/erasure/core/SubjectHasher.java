package org.pactum.lineage.erasure.core;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 of a data subject's id with the server secret, as lowercase hex: the only form in
 * which a subject id is ever stored. The id is taken as its UTF-8 text, exactly as given (a key
 * column's value is compared by its text form).
 */
public final class SubjectHasher {
  private static final String ALGORITHM = "HmacSHA256";
  private final SecretKeySpec key;

  public SubjectHasher(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("the erasure secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  public String hmac(String subjectId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(subjectId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether {@code subjectId} hashes to {@code expectedHmac}, compared in constant time. */
  public boolean matches(String subjectId, String expectedHmac) {
    return MessageDigest.isEqual(
        hmac(subjectId).getBytes(StandardCharsets.US_ASCII),
        expectedHmac.getBytes(StandardCharsets.US_ASCII));
  }

  /** A reusable hasher for one thread (the sweep hashes millions of keys). */
  public Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
