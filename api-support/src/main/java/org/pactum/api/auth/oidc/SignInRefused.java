package org.pactum.api.auth.oidc;

/**
 * A browser sign-in through the issuer that did not succeed. The message is for the person on the
 * sign-in page: it says what went wrong in their terms and never shows a code, a token or a claim.
 */
public final class SignInRefused extends Exception {
  private final boolean providerDown;

  private SignInRefused(String message, boolean providerDown, Throwable cause) {
    super(message, cause);
    this.providerDown = providerDown;
  }

  /** The person or the issuer ended the sign-in, or what came back does not match what was sent. */
  static SignInRefused refused(String message) {
    return new SignInRefused(message, false, null);
  }

  /** The issuer could not be reached or answered nonsense. */
  static SignInRefused unavailable(String message, Throwable cause) {
    return new SignInRefused(message, true, cause);
  }

  /** Whether the issuer was at fault (502), rather than the sign-in (400 or 403). */
  public boolean providerDown() {
    return providerDown;
  }
}
