package org.pactum.access.core;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

/**
 * What an administrator asks for: a name, a role, the teams a producer acts for, and an expiry
 * (none: it lasts until revoked). A producer token needs at least one team.
 */
public record TokenRequest(
    TokenName name, Role role, SortedSet<TeamName> teams, Optional<Instant> expiresAt) {
  public TokenRequest {
    if (name == null || role == null) {
      throw AccessException.invalid("name and role are required");
    }
    teams = new TreeSet<>(teams);
    if (role == Role.PRODUCER && teams.isEmpty()) {
      throw AccessException.invalid(
          "teams: a producer token acts for at least one team (the teams whose subjects it may"
              + " publish)");
    }
  }

  public static TokenRequest of(
      TokenName name, Role role, Set<TeamName> teams, Optional<Instant> expiresAt) {
    return new TokenRequest(name, role, new TreeSet<>(teams), expiresAt);
  }
}
