package org.pactum.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * {@code Authorization} header values as the registry's clients send an API token: {@code Bearer
 * <secret>}, or HTTP Basic {@code <name>:<secret>} (Confluent's {@code basic.auth.user.info}).
 */
final class AuthHeaders {
  private AuthHeaders() {}

  static String bearer(String secret) {
    return "Bearer " + secret;
  }

  static String basic(String name, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }
}
