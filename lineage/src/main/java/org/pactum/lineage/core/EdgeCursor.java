package org.pactum.lineage.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of a column graph's edges ended: the last (target, source) column pair it holds, by
 * the store's ids. A page never splits a pair, so the next page starts after it. Clients see it as
 * an opaque token ({@link #token()}).
 */
public record EdgeCursor(long targetId, long sourceId) {
  private static final String PREFIX = "e1.";

  public String token() {
    String plain = PREFIX + targetId + "." + sourceId;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The cursor a token stands for.
   *
   * @throws IllegalArgumentException when the token is not one {@link #token()} made
   */
  public static EdgeCursor parse(String token) {
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
      String[] parts =
          plain.startsWith(PREFIX) ? plain.substring(PREFIX.length()).split("\\.") : null;
      if (parts != null && parts.length == 2) {
        return new EdgeCursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
      }
    } catch (IllegalArgumentException e) {
      // not Base64, or not numbers (NumberFormatException is one too): reported below
    }
    throw new IllegalArgumentException("not an edge cursor");
  }
}
