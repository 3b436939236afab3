package org.pactum.api.auth.oidc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;

/**
 * Verified claims → a person's {@link Principal}, as the {@code auth.oidc} configuration says.
 *
 * <ul>
 *   <li>Each value of {@code roleClaim} (a string or a list; a dotted path reaches into objects, as
 *       Keycloak's {@code realm_access.roles}) is a group: a group in {@code groupMappings} grants
 *       its role and teams; else a value that is a role's name ({@code steward}) grants that role.
 *   <li>Each value of {@code teamClaim}, when set, is a team.
 *   <li>Several roles: the first in {@link Role}'s order. None: {@code defaultRole}, else no
 *       principal (the caller is refused with 403).
 *   <li>The name is {@code nameClaim}'s value ({@code preferred_username} by default), else {@code
 *       email}, else a pseudonym ({@code oidc:} and 12 hex digits of a hash of issuer and {@code
 *       sub}): never the subject id itself.
 * </ul>
 */
public record ClaimMapping(
    String roleClaim,
    Optional<String> teamClaim,
    String nameClaim,
    Map<String, GroupMapping> groups,
    Optional<Role> defaultRole) {
  public ClaimMapping {
    groups = Map.copyOf(groups);
  }

  /** The principal the claims describe; empty when they grant no role. */
  public Optional<Principal> principal(Map<String, Object> claims) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    Set<TeamName> teams = new TreeSet<>();
    for (String value : strings(claims, roleClaim)) {
      GroupMapping group = groups.get(value);
      if (group != null) {
        group.role().ifPresent(roles::add);
        teams.addAll(group.teams());
      } else {
        Role.parse(value).ifPresent(roles::add);
      }
    }
    teamClaim.ifPresent(
        claim -> strings(claims, claim).forEach(t -> TeamName.parse(t).ifPresent(teams::add)));
    Optional<Role> role = roles.stream().findFirst().or(() -> defaultRole);
    return role.map(r -> Principal.person(name(claims), r, teams));
  }

  private String name(Map<String, Object> claims) {
    for (String claim : List.of(nameClaim, "email")) {
      Object v = claims.get(claim);
      if (v instanceof String s && usable(s)) {
        return s.strip();
      }
    }
    return "oidc:" + pseudonym(claims.get("iss") + "\n" + claims.get("sub"));
  }

  private static boolean usable(String s) {
    return !s.isBlank()
        && s.strip().length() <= Principal.MAX_NAME
        && s.chars().noneMatch(Character::isISOControl);
  }

  private static String pseudonym(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The string values at a claim: a string, or the strings of a list; else none. A name with dots
   * is a claim of that name when there is one (Auth0's {@code https://example.com/roles}), else a
   * path into objects.
   */
  static List<String> strings(Map<String, Object> claims, String path) {
    Object v = claims.get(path);
    if (v == null) {
      v = claims;
      for (String part : path.split("\\.")) {
        if (!(v instanceof Map<?, ?> m)) {
          return List.of();
        }
        v = m.get(part);
      }
    }
    List<String> out = new ArrayList<>();
    if (v instanceof String s) {
      out.add(s);
    } else if (v instanceof Collection<?> c) {
      c.stream().filter(String.class::isInstance).map(String.class::cast).forEach(out::add);
    }
    return out;
  }
}
