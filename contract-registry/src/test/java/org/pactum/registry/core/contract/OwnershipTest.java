package org.pactum.registry.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.NotAllowedException;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.registry.core.SubjectTeams;

/** A producer writes only its teams' subjects; owner changes are an administrator's. */
class OwnershipTest {
  /** Contracts: orders.order_placed (checkout), payments.payment (payments). */
  private static final Map<String, String> OWNERS =
      Map.of("orders.order_placed", "checkout", "payments.payment", "payments");

  private final Ownership ownership =
      new Ownership(
          id -> Optional.ofNullable(OWNERS.get(id)),
          new SubjectTeams(
              Map.of(
                  "orders.", TeamName.of("checkout"),
                  "orders.refunds.", TeamName.of("payments"))));

  private static Principal producer(String... teams) {
    return Principal.machine(
        "token:p",
        Role.PRODUCER,
        Set.of(teams).stream().map(TeamName::of).collect(Collectors.toSet()));
  }

  private static Principal as(Role role) {
    return Principal.machine("token:" + role.wireName(), role, Set.of());
  }

  private static void refused(Runnable r, Action action) {
    assertThatThrownBy(r::run)
        .isInstanceOf(NotAllowedException.class)
        .satisfies(e -> assertThat(((NotAllowedException) e).action()).isEqualTo(action))
        .hasMessage("not allowed to " + action.phrase());
  }

  @Test
  void aProducerRegistersUnderItsOwnContractsSubjects_withTheKafkaSuffixes() {
    Principal checkout = producer("checkout");
    assertThatCode(() -> ownership.mayRegister(checkout, "orders.order_placed"))
        .doesNotThrowAnyException();
    assertThatCode(() -> ownership.mayRegister(checkout, "orders.order_placed-value"))
        .doesNotThrowAnyException();
    assertThatCode(() -> ownership.mayRegister(checkout, "orders.order_placed-key"))
        .doesNotThrowAnyException();
  }

  @Test
  void aTeamAProducerIsRefusedTeamBsSubject() {
    Principal checkout = producer("checkout");
    refused(() -> ownership.mayRegister(checkout, "payments.payment"), Action.SCHEMA_REGISTER);
    refused(
        () -> ownership.mayRegister(checkout, "payments.payment-value"), Action.SCHEMA_REGISTER);
    refused(
        () -> ownership.mayPublish(checkout, "payments.payment", "payments"),
        Action.CONTRACT_PUBLISH);
    assertThatCode(
            () -> ownership.mayRegister(producer("checkout", "payments"), "payments.payment"))
        .as("a producer of several teams")
        .doesNotThrowAnyException();
  }

  @Test
  void aSubjectWithoutAContractIsClaimedByTheLongestPrefix() {
    assertThat(ownership.ownerOf("orders.new_thing")).hasValue(TeamName.of("checkout"));
    assertThat(ownership.ownerOf("orders.refunds.issued")).hasValue(TeamName.of("payments"));
    assertThat(ownership.ownerOf("inventory.stock")).isEmpty();
    assertThatCode(() -> ownership.mayRegister(producer("checkout"), "orders.new_thing"))
        .doesNotThrowAnyException();
    refused(
        () -> ownership.mayRegister(producer("checkout"), "orders.refunds.issued"),
        Action.SCHEMA_REGISTER);
    refused(
        () -> ownership.mayRegister(producer("checkout"), "inventory.stock"),
        Action.SCHEMA_REGISTER);
  }

  @Test
  void aContractOwnsItsSubjectWhateverThePrefixClaims() {
    Ownership claimedByCheckout =
        new Ownership(
            id -> Optional.ofNullable(OWNERS.get(id)),
            new SubjectTeams(Map.of("payments.", TeamName.of("checkout"))));
    refused(
        () -> claimedByCheckout.mayRegister(producer("checkout"), "payments.payment"),
        Action.SCHEMA_REGISTER);
  }

  @Test
  void unclaimedSubjectsAreNobodysByDefault() {
    Ownership none = new Ownership(id -> Optional.empty(), SubjectTeams.none());
    refused(() -> none.mayRegister(producer("checkout"), "orders.x"), Action.SCHEMA_REGISTER);
    refused(
        () -> none.mayPublish(producer("checkout"), "orders.x", "checkout"),
        Action.CONTRACT_PUBLISH);
    assertThatCode(() -> none.mayRegister(as(Role.ADMIN), "orders.x")).doesNotThrowAnyException();
  }

  @Test
  void aProducerPublishesNewAndOwnContractsForItsTeamsOnly() {
    Principal checkout = producer("checkout");
    assertThatCode(() -> ownership.mayPublish(checkout, "orders.order_placed", "checkout"))
        .doesNotThrowAnyException();
    assertThatCode(() -> ownership.mayPublish(checkout, "orders.cart_abandoned", "checkout"))
        .as("a new contract under a prefix claimed for its team")
        .doesNotThrowAnyException();
    refused(
        () -> ownership.mayPublish(checkout, "orders.cart_abandoned", "payments"),
        Action.CONTRACT_PUBLISH);
    refused(
        () -> ownership.mayPublish(checkout, "inventory.stock", "checkout"),
        Action.CONTRACT_PUBLISH);
  }

  @Test
  void changingAContractsOwnerTeamNeedsAnAdministrator() {
    refused(
        () -> ownership.mayPublish(producer("checkout"), "orders.order_placed", "payments"),
        Action.CONTRACT_PUBLISH);
    refused(
        () ->
            ownership.mayPublish(
                producer("checkout", "payments"), "orders.order_placed", "payments"),
        Action.CONTRACT_PUBLISH);
    refused(
        () -> ownership.mayPublish(producer("checkout"), "orders.order_placed", null),
        Action.CONTRACT_PUBLISH);
    assertThatCode(() -> ownership.mayPublish(as(Role.ADMIN), "orders.order_placed", "payments"))
        .doesNotThrowAnyException();
  }

  @Test
  void rolesTheMatrixDoesNotGrantAreRefusedWhateverTheirTeams() {
    for (Role r : Set.of(Role.STEWARD, Role.PRIVACY, Role.CI, Role.READER)) {
      Principal p = Principal.machine("x", r, Set.of(TeamName.of("checkout")));
      refused(() -> ownership.mayRegister(p, "orders.order_placed"), Action.SCHEMA_REGISTER);
      refused(
          () -> ownership.mayPublish(p, "orders.order_placed", "checkout"),
          Action.CONTRACT_PUBLISH);
    }
  }

  @Test
  void anAdministratorIsNotTeamScoped() {
    assertThatCode(() -> ownership.mayRegister(as(Role.ADMIN), "payments.payment"))
        .doesNotThrowAnyException();
    assertThatCode(() -> ownership.mayPublish(as(Role.ADMIN), "inventory.stock", "anyone"))
        .doesNotThrowAnyException();
  }
}
