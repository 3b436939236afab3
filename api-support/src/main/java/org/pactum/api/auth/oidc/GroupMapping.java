package org.pactum.api.auth.oidc;

import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

/**
 * What membership of one identity-provider group grants: a role, teams, or both.
 *
 * @param role the role the group grants, if any
 * @param teams the teams its members act for
 */
public record GroupMapping(Optional<Role> role, SortedSet<TeamName> teams) {
  public GroupMapping {
    teams = new TreeSet<>(teams);
  }

  public static GroupMapping of(Role role, Set<TeamName> teams) {
    return new GroupMapping(Optional.ofNullable(role), new TreeSet<>(teams));
  }
}
