package org.pactum.api.auth;

/**
 * Why credentials were refused: logged for operators (never with the credentials), never told to
 * the caller, who learns only the status: 401 for every failure of the credentials themselves (no
 * hint of which part was wrong), 403 when they are valid but grant no role, 503 when the identity
 * provider cannot be asked.
 */
public enum AuthFailure {
  /** The {@code Authorization} header cannot be read. */
  MALFORMED(401),
  /** No authenticator knows these credentials: no such API token, or a name that does not match. */
  UNKNOWN(401),
  /** A JWT not signed by a key of the issuer, or not signed as its header says. */
  BAD_SIGNATURE(401),
  /** A JWT unsigned ({@code alg: none}), encrypted, or signed with an algorithm not accepted. */
  DISALLOWED_ALGORITHM(401),
  WRONG_ISSUER(401),
  WRONG_AUDIENCE(401),
  EXPIRED(401),
  NOT_YET_VALID(401),
  /** A JWT without a claim Pactum requires ({@code sub}, {@code exp}). */
  MISSING_CLAIM(401),
  /** An API token an administrator revoked. */
  REVOKED(401),
  /** Valid credentials whose claims map to no role. */
  NO_ROLE(403),
  /** The identity provider's discovery document or keys cannot be fetched. */
  PROVIDER_UNAVAILABLE(503);

  private final int status;

  AuthFailure(int status) {
    this.status = status;
  }

  /** The HTTP status the caller gets. */
  public int status() {
    return status;
  }
}
