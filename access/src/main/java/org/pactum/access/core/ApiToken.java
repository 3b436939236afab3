package org.pactum.access.core;

import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

/**
 * An API token as stored, without its secret (only its hash is kept, and not here).
 *
 * @param id the store's id (orders tokens of one name)
 * @param createdBy the name of the principal that created it
 * @param lastUsedAt when it last authenticated a request, to the minute
 */
public record ApiToken(
    long id,
    TokenName name,
    Role role,
    SortedSet<TeamName> teams,
    Instant createdAt,
    String createdBy,
    Optional<Instant> expiresAt,
    Optional<Instant> lastUsedAt,
    Optional<Instant> revokedAt) {
  public ApiToken {
    teams = new TreeSet<>(teams);
  }

  public TokenState state(Instant now) {
    if (revokedAt.isPresent()) {
      return TokenState.REVOKED;
    }
    return expiresAt.isPresent() && !now.isBefore(expiresAt.get())
        ? TokenState.EXPIRED
        : TokenState.ACTIVE;
  }

  /** The principal a request presenting this token runs as. */
  public Principal principal() {
    return Principal.machine(name.principalName(), role, teams);
  }
}
