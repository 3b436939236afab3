package org.pactum.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrincipalTest {
  @Test
  void rolesParseFromTheirWireNamesInAnyCase() {
    assertThat(Role.parse(" Steward ")).contains(Role.STEWARD);
    assertThat(Role.parse("ci")).contains(Role.CI);
    assertThat(Role.parse("root")).isEmpty();
    assertThat(Role.parse(null)).isEmpty();
    assertThat(Role.names()).isEqualTo("admin, steward, producer, privacy, ci, reader");
    assertThat(Role.ADMIN.toString()).isEqualTo("admin");
  }

  @Test
  void teamNamesFollowTheContractsOwnerRule() {
    assertThat(TeamName.of("checkout").value()).isEqualTo("checkout");
    assertThat(TeamName.parse("data.platform-eu_1")).isPresent();
    assertThat(TeamName.parse("-lead")).isEmpty();
    assertThat(TeamName.parse("a b")).isEmpty();
    assertThat(TeamName.parse("")).isEmpty();
    assertThat(TeamName.parse("x".repeat(101))).isEmpty();
    assertThat(TeamName.parse(null)).isEmpty();
  }

  @Test
  void aPrincipalHoldsItsTeamsSortedAndTellsMembership() {
    Principal p =
        Principal.machine(
            "token:ci", Role.PRODUCER, Set.of(TeamName.of("payments"), TeamName.of("checkout")));
    assertThat(p.teams()).containsExactly(TeamName.of("checkout"), TeamName.of("payments"));
    assertThat(p.memberOf(TeamName.of("checkout"))).isTrue();
    assertThat(p.memberOf(TeamName.of("risk"))).isFalse();
    assertThat(p.getName()).isEqualTo("token:ci");
    assertThat(p.kind()).isEqualTo(PrincipalKind.MACHINE);
    assertThatThrownBy(() -> p.teams().add(TeamName.of("x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNameIsShortPrintableAndPresent() {
    assertThatThrownBy(() -> Principal.person(" ", Role.READER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Principal.person("a\nb", Role.READER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Principal.person("x".repeat(201), Role.READER, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theUnauthenticatedCallerOfAnOpenServerMayDoEverything() {
    assertThat(Principal.unauthenticated().role()).isEqualTo(Role.ADMIN);
    assertThat(Principal.unauthenticated().name()).isEqualTo("anonymous");
  }
}
