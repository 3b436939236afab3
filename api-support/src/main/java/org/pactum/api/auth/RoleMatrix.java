package org.pactum.api.auth;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Issue #15's role matrix: which {@link Action}s each {@link Role} may take. One table, read by the
 * authorization filter for every resource method and by the services that scope a producer to its
 * teams; {@code api-support/README.md} ("Roles and actions") shows it.
 *
 * <p>A {@linkplain #teamScoped team-scoped} role's grant is only the first question: a producer may
 * {@link Action#CONTRACT_PUBLISH} and {@link Action#SCHEMA_REGISTER} only for subjects its teams
 * own, which the contract registry decides.
 */
public final class RoleMatrix {
  private static final Map<Role, Set<Action>> GRANTS = grants();

  private RoleMatrix() {}

  private static Map<Role, Set<Action>> grants() {
    Map<Role, Set<Action>> m = new EnumMap<>(Role.class);
    m.put(Role.ADMIN, EnumSet.allOf(Action.class));
    m.put(
        Role.STEWARD,
        EnumSet.of(
            Action.READ,
            Action.READ_PII,
            Action.AUDIT_READ,
            Action.INCIDENT_ACT,
            Action.SILENCE_MANAGE,
            Action.BASELINE_RESET,
            Action.CHECK_RUN,
            Action.BACKFILL));
    m.put(
        Role.PRODUCER,
        EnumSet.of(
            Action.READ, Action.CONTRACT_PUBLISH, Action.SCHEMA_REGISTER, Action.CONTRACT_CHECK));
    m.put(
        Role.PRIVACY,
        EnumSet.of(Action.READ, Action.READ_PII, Action.ERASURE, Action.ERASURE_READ));
    m.put(Role.CI, EnumSet.of(Action.READ, Action.CONTRACT_CHECK, Action.CHECK_RUN));
    m.put(Role.READER, EnumSet.of(Action.READ));
    m.replaceAll((r, s) -> Collections.unmodifiableSet(s));
    return Collections.unmodifiableMap(m);
  }

  /** Whether the role may take the action (for a team-scoped role: on its teams' subjects). */
  public static boolean allows(Role role, Action action) {
    return GRANTS.get(role).contains(action);
  }

  /** Everything the role may do. */
  public static Set<Action> actionsOf(Role role) {
    return GRANTS.get(role);
  }

  /** Whether the role's writes are limited to the subjects its teams own: {@code producer}. */
  public static boolean teamScoped(Role role) {
    return role == Role.PRODUCER;
  }
}
