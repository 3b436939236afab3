package org.pactum.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue #15's matrix, role by role, written out in full so any change to a grant shows here. */
class RoleMatrixTest {
  @Test
  void adminMayDoEverything() {
    assertThat(RoleMatrix.actionsOf(Role.ADMIN)).containsExactlyInAnyOrder(Action.values());
  }

  @Test
  void stewardReadsEverythingAndActsOnIncidentsSilencesBaselinesRunsAndBackfills() {
    assertThat(RoleMatrix.actionsOf(Role.STEWARD))
        .containsExactlyInAnyOrder(
            Action.READ,
            Action.READ_PII,
            Action.AUDIT_READ,
            Action.INCIDENT_ACT,
            Action.SILENCE_MANAGE,
            Action.BASELINE_RESET,
            Action.CHECK_RUN,
            Action.BACKFILL);
  }

  @Test
  void producerPublishesRegistersAndDryRuns() {
    assertThat(RoleMatrix.actionsOf(Role.PRODUCER))
        .containsExactlyInAnyOrder(
            Action.READ, Action.CONTRACT_PUBLISH, Action.SCHEMA_REGISTER, Action.CONTRACT_CHECK);
    assertThat(RoleMatrix.teamScoped(Role.PRODUCER)).isTrue();
  }

  @Test
  void privacyErasesAndReadsErasures() {
    assertThat(RoleMatrix.actionsOf(Role.PRIVACY))
        .containsExactlyInAnyOrder(
            Action.READ, Action.READ_PII, Action.ERASURE, Action.ERASURE_READ);
  }

  @Test
  void ciReadsDryRunsAndRunsChecks() {
    assertThat(RoleMatrix.actionsOf(Role.CI))
        .containsExactlyInAnyOrder(Action.READ, Action.CONTRACT_CHECK, Action.CHECK_RUN);
  }

  @Test
  void readerOnlyReads() {
    assertThat(RoleMatrix.actionsOf(Role.READER)).containsExactly(Action.READ);
  }

  @Test
  void everyRoleReads_soAuthenticationAloneGrantsReads() {
    for (Role r : Role.values()) {
      assertThat(RoleMatrix.allows(r, Action.READ)).as(r.wireName()).isTrue();
    }
  }

  @Test
  void onlyAdminAdministersTheRegistryAndTokens() {
    for (Role r : Role.values()) {
      Set<Action> granted = EnumSet.noneOf(Action.class);
      for (Action a : Set.of(Action.REGISTRY_ADMIN, Action.TOKEN_ADMIN, Action.LINEAGE_WRITE)) {
        if (RoleMatrix.allows(r, a)) {
          granted.add(a);
        }
      }
      assertThat(granted)
          .as(r.wireName())
          .isEqualTo(
              r == Role.ADMIN
                  ? EnumSet.of(Action.REGISTRY_ADMIN, Action.TOKEN_ADMIN, Action.LINEAGE_WRITE)
                  : EnumSet.noneOf(Action.class));
    }
  }

  @Test
  void onlyProducersAreTeamScoped() {
    for (Role r : Role.values()) {
      assertThat(RoleMatrix.teamScoped(r)).as(r.wireName()).isEqualTo(r == Role.PRODUCER);
    }
  }

  @Test
  void theGrantsCannotBeChanged() {
    assertThatThrownBy(() -> RoleMatrix.actionsOf(Role.READER).add(Action.ERASURE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
