package org.pactum.access.core;

import java.util.Optional;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.TokenSecret;

/**
 * The edge's reader of API tokens: {@code Authorization: Bearer pct_…}, or HTTP Basic {@code
 * <name>:pct_…} as Confluent's clients send {@code basic.auth.user.info} (the name must be the
 * token's). A secret with Pactum's prefix that fails its check is refused without asking the store;
 * anything without the prefix is another authenticator's.
 */
public final class ApiTokenAuthenticator implements Authenticator {
  private final ApiTokens tokens;

  public ApiTokenAuthenticator(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public AuthResult authenticate(Credentials credentials) {
    if (credentials instanceof Credentials.Bearer bearer) {
      return check(bearer.token(), Optional.empty());
    }
    if (credentials instanceof Credentials.Basic basic) {
      return check(basic.secret(), Optional.of(basic.name()));
    }
    return AuthResult.NOT_MINE;
  }

  private AuthResult check(String secret, Optional<String> name) {
    if (!TokenSecret.looksLikeOne(secret)) {
      return AuthResult.NOT_MINE;
    }
    return TokenSecret.parse(secret)
        .map(s -> tokens.authenticate(s, name))
        .orElse(AuthResult.refused(AuthFailure.UNKNOWN));
  }
}
