package org.pactum.api.auth;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An authenticated caller: what the audit trail records and authorization decides on.
 *
 * <p>{@code name} is for people to read (logs, the audit trail, the UI): a person's user name from
 * the identity provider, or {@code token:<name>} for an API token. It is never a secret, nor a
 * subject id (a token's {@code sub} is replaced by a pseudonym when no name claim is present).
 *
 * <p>The record is also the JAX-RS {@code SecurityContext}'s user principal; its type name clashes
 * with {@code java.security.Principal}, which is why that interface is spelt out in full below.
 *
 * @param name 1–{@value #MAX_NAME} printable characters
 * @param teams the teams a producer acts for (sorted; empty for most other roles)
 */
public record Principal(String name, PrincipalKind kind, Role role, SortedSet<TeamName> teams)
    implements java.security.Principal {
  public static final int MAX_NAME = 200;

  public Principal {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("a principal's name is 1–" + MAX_NAME + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a principal's name holds no control characters");
    }
    if (kind == null || role == null) {
      throw new IllegalArgumentException("a principal has a kind and a role");
    }
    teams = Collections.unmodifiableSortedSet(new TreeSet<>(teams));
  }

  public static Principal person(String name, Role role, Set<TeamName> teams) {
    return new Principal(name, PrincipalKind.PERSON, role, new TreeSet<>(teams));
  }

  public static Principal machine(String name, Role role, Set<TeamName> teams) {
    return new Principal(name, PrincipalKind.MACHINE, role, new TreeSet<>(teams));
  }

  /**
   * The caller of a server that runs with {@code auth.mode: none}: nobody was asked who they are,
   * and everyone may do everything.
   */
  public static Principal unauthenticated() {
    return new Principal("anonymous", PrincipalKind.PERSON, Role.ADMIN, new TreeSet<>());
  }

  public boolean memberOf(TeamName team) {
    return teams.contains(team);
  }

  @Override
  public String getName() {
    return name;
  }
}
