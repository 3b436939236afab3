package org.pactum.api.auth.authz;

/**
 * A resource asked who the caller is, and the request carries no principal: the application does
 * not run the authentication filter in front of it (not even in {@code auth.mode: none}, which sets
 * {@link org.pactum.api.auth.Principal#unauthenticated()}). Refused as 401, never run as anyone.
 */
public final class MissingPrincipalException extends RuntimeException {
  public MissingPrincipalException() {
    super("the request carries no principal", null, false, false);
  }
}
