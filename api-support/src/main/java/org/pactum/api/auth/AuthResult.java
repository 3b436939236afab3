package org.pactum.api.auth;

/** What an {@link Authenticator} made of credentials. */
public sealed interface AuthResult {
  /** Credentials of a kind this authenticator does not read (another one may). */
  AuthResult NOT_MINE = new NotMine();

  /** The credentials are valid: this is who presented them. */
  record Accepted(Principal principal) implements AuthResult {}

  /** The credentials are of this authenticator's kind and are refused. */
  record Refused(AuthFailure failure) implements AuthResult {}

  /** See {@link #NOT_MINE}. */
  record NotMine() implements AuthResult {}

  static AuthResult accepted(Principal principal) {
    return new Accepted(principal);
  }

  static AuthResult refused(AuthFailure failure) {
    return new Refused(failure);
  }
}
