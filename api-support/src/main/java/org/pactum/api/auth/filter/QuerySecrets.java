package org.pactum.api.auth.filter;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Locale;
import java.util.Set;
import org.pactum.api.InvalidInputException;
import org.pactum.api.input.Texts;

/**
 * Credentials are never taken from a URL: a query parameter named like one ({@code access_token},
 * {@code token}, {@code api_key}, …) is refused with 400 before anything else, whatever its value,
 * so clients learn to send the {@code Authorization} header instead of leaving secrets in access
 * logs, proxies and browser history.
 */
final class QuerySecrets {
  /** Names compared case-insensitively, with {@code -} read as {@code _}. */
  static final Set<String> NAMES =
      Set.of(
          "access_token",
          "id_token",
          "refresh_token",
          "token",
          "api_key",
          "apikey",
          "api_token",
          "client_secret",
          "secret",
          "password",
          "passwd",
          "authorization",
          "jwt");

  private QuerySecrets() {}

  static void check(MultivaluedMap<String, String> query) {
    for (String name : query.keySet()) {
      if (NAMES.contains(name.toLowerCase(Locale.ROOT).replace('-', '_'))) {
        throw InvalidInputException.parameter(
            name,
            "query parameter '"
                + Texts.printable(name)
                + "' looks like a credential; credentials in URLs end up in logs, so they are"
                + " refused: send them in the Authorization header (Bearer, or Basic name:secret)");
      }
    }
  }
}
