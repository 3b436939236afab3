package org.pactum.access.core;

import java.util.Locale;

/** How a browser signed in to the UI. */
public enum SignInMethod {
  /** Through the OpenID Connect issuer (a person). */
  OIDC,
  /** With an API token's secret (the demo's admin token, a service account). */
  TOKEN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
