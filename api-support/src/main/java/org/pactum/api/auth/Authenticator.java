package org.pactum.api.auth;

/**
 * Tells who presented credentials. Implementations answer {@link AuthResult#NOT_MINE} for
 * credentials of a kind they do not read, so the edge can ask several in turn (JWTs, API tokens).
 * They are called on every request: a repeated valid credential costs a constant-time cache lookup
 * ({@link VerifiedCache}), not a signature check or a database read. They never log a secret.
 */
public interface Authenticator {
  AuthResult authenticate(Credentials credentials);
}
