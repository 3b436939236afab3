package org.pactum.access.core;

import java.time.Instant;
import org.pactum.api.auth.Principal;

/**
 * A session just started: the cookie's secret (given to the browser once, only its hash kept), who
 * it signs in, and when it ends at the latest.
 */
public record NewSession(String secret, Principal principal, Instant expiresAt) {
  @Override
  public String toString() {
    return "NewSession[principal=" + principal.name() + ", expiresAt=" + expiresAt + "]";
  }
}
