package org.pactum.api.auth;

import java.util.List;
import java.util.Optional;

/**
 * What a request presents in its {@code Authorization} header: a bearer token (an API token or a
 * JWT), HTTP Basic {@code name:secret} (what Confluent's clients send for {@code
 * basic.auth.user.info}), the UI's session cookie, or something unreadable. No variant's {@code
 * toString} shows a secret.
 */
public sealed interface Credentials {
  /** The longest {@code Authorization} value read; longer ones are unreadable. */
  int MAX_LENGTH = 16 * 1024;

  /** The HTTP authentication scheme, as the {@code SecurityContext} reports it. */
  String scheme();

  /** {@code Authorization: Bearer <token>}. */
  record Bearer(String token) implements Credentials {
    @Override
    public String scheme() {
      return "Bearer";
    }

    @Override
    public String toString() {
      return "Bearer[***]";
    }
  }

  /** {@code Authorization: Basic base64(name:secret)}. */
  record Basic(String name, String secret) implements Credentials {
    @Override
    public String scheme() {
      return "Basic";
    }

    @Override
    public String toString() {
      return "Basic[***]";
    }
  }

  /**
   * The UI's session cookie ({@code pactum_session}), set when a person signed in through the
   * browser. Only ever read when the request has no {@code Authorization} header.
   */
  record Session(String secret) implements Credentials {
    @Override
    public String scheme() {
      return "Session";
    }

    @Override
    public String toString() {
      return "Session[***]";
    }
  }

  /**
   * A header that cannot be read: another scheme, a bearer token of characters a token never has,
   * Basic that is not base64 of UTF-8 {@code name:secret}, several {@code Authorization} headers.
   *
   * @param reason which of these, for the log (never a part of the header)
   */
  record Unreadable(String reason) implements Credentials {
    @Override
    public String scheme() {
      return "unreadable";
    }
  }

  /** The credentials of a request's {@code Authorization} header values: empty when it has none. */
  static Optional<Credentials> of(List<String> authorization) {
    if (authorization == null || authorization.isEmpty()) {
      return Optional.empty();
    }
    if (authorization.size() > 1) {
      return Optional.of(new Unreadable("several"));
    }
    return Optional.of(AuthorizationHeader.parse(authorization.get(0)));
  }

  /** The credentials one {@code Authorization} value holds: empty when it is null. */
  static Optional<Credentials> of(String authorization) {
    return authorization == null
        ? Optional.empty()
        : Optional.of(AuthorizationHeader.parse(authorization));
  }
}
