package org.pactum.registry.core.contract;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.NotAllowedException;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.RoleMatrix;
import org.pactum.api.auth.TeamName;
import org.pactum.contracts.model.Owner;
import org.pactum.registry.core.SubjectTeams;

/**
 * Who owns a subject, and so who may write it (issue #15): a subject is owned by the owner team of
 * its contract (the contract whose id is the subject, or the subject without Kafka's {@code -value}
 * / {@code -key} suffix); a subject without a contract by the team its prefix is claimed for
 * ({@link SubjectTeams}). A {@linkplain RoleMatrix#teamScoped team-scoped} principal (a producer)
 * writes only subjects one of its teams owns; a contract's owner team changes only with {@link
 * Action#REGISTRY_ADMIN} (an administrator). Refusals are {@link NotAllowedException}s naming the
 * action, never the team.
 */
public final class Ownership {
  private static final List<String> KAFKA_SUFFIXES = List.of("-value", "-key");

  private final Function<String, Optional<String>> contractOwner;
  private final SubjectTeams claims;

  /**
   * @param contractOwner a contract id → its owner team as the latest version names it (empty for
   *     no such contract)
   */
  public Ownership(Function<String, Optional<String>> contractOwner, SubjectTeams claims) {
    this.contractOwner = contractOwner;
    this.claims = claims;
  }

  /** Owners as the catalog knows them. */
  public static Ownership of(CurrentCatalog catalog, SubjectTeams claims) {
    return new Ownership(
        id -> catalog.find(id).map(c -> c.loaded().contract().owner()).map(Owner::team), claims);
  }

  /** May the principal register a schema version under the subject? */
  public void mayRegister(Principal principal, String subject) {
    require(principal, Action.SCHEMA_REGISTER);
    if (RoleMatrix.teamScoped(principal.role()) && !ownsAny(principal, ownerOf(subject))) {
      throw new NotAllowedException(Action.SCHEMA_REGISTER);
    }
  }

  /**
   * May the principal publish a version of the contract that names {@code ownerTeam}? A new
   * contract's subject must be claimed for one of a producer's teams, and name one of them; an
   * existing contract's owner team must be one of them, and stays as it is unless an administrator
   * publishes.
   */
  public void mayPublish(Principal principal, String contractId, String ownerTeam) {
    require(principal, Action.CONTRACT_PUBLISH);
    Optional<String> current = contractOwner.apply(contractId);
    if (current.isPresent()
        && !current.get().equals(ownerTeam)
        && !RoleMatrix.allows(principal.role(), Action.REGISTRY_ADMIN)) {
      throw new NotAllowedException(Action.CONTRACT_PUBLISH);
    }
    if (!RoleMatrix.teamScoped(principal.role())) {
      return;
    }
    Optional<TeamName> owner =
        current.isPresent() ? current.flatMap(TeamName::parse) : claims.claimOf(contractId);
    if (!ownsAny(principal, owner) || !ownsAny(principal, TeamName.parse(ownerTeam))) {
      throw new NotAllowedException(Action.CONTRACT_PUBLISH);
    }
  }

  /** The team that owns a subject: its contract's, or its claim's. */
  public Optional<TeamName> ownerOf(String subject) {
    Optional<String> contract = contractOwner.apply(subject);
    for (String suffix : KAFKA_SUFFIXES) {
      if (contract.isEmpty() && subject.endsWith(suffix) && subject.length() > suffix.length()) {
        contract = contractOwner.apply(subject.substring(0, subject.length() - suffix.length()));
      }
    }
    return contract.isPresent() ? contract.flatMap(TeamName::parse) : claims.claimOf(subject);
  }

  private static boolean ownsAny(Principal principal, Optional<TeamName> team) {
    return team.isPresent() && principal.memberOf(team.get());
  }

  private static void require(Principal principal, Action action) {
    if (!RoleMatrix.allows(principal.role(), action)) {
      throw new NotAllowedException(action);
    }
  }
}
