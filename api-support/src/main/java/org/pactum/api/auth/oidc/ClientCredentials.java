package org.pactum.api.auth.oidc;

import java.util.Optional;

/**
 * Pactum's client registration at the identity provider, for the UI's sign-in (authorization-code
 * flow). The secret comes from the environment ({@code ${PACTUM_OIDC_CLIENT_SECRET}} in the YAML)
 * and is never shown by {@link #toString()}.
 *
 * @param secret absent for a public client (PKCE only)
 */
public record ClientCredentials(String id, Optional<String> secret) {
  @Override
  public String toString() {
    return "ClientCredentials[id=" + id + ", secret=" + (secret.isPresent() ? "***" : "none") + "]";
  }
}
