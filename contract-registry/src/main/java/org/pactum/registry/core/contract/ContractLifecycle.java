package org.pactum.registry.core.contract;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pactum.contracts.model.ContractStatus;
import org.pactum.registry.core.UnitOfWork;
import org.pactum.registry.core.gate.FindingSeverity;
import org.pactum.registry.core.gate.GateFinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contract's life after publishing: who may publish it, what the gate says of its standing, its
 * standing, retirement (no new runs or schedules, history kept), deletion for good (versions and
 * quality history dropped, only after retirement), and the hand-over of contracts a folder stopped
 * declaring back to the API.
 *
 * <p>Each change runs in one {@link UnitOfWork} under the contract's row lock, the lock publishers
 * take: a retirement and a publish of one contract never interleave.
 */
public final class ContractLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(ContractLifecycle.class);

  private final ContractStore store;
  private final UnitOfWork transactions;
  private final ContractHistory history;
  private final Clock clock;

  public ContractLifecycle(
      ContractStore store, UnitOfWork transactions, ContractHistory history, Clock clock) {
    this.store = store;
    this.transactions = transactions;
    this.history = history;
    this.clock = clock;
  }

  /** The contract's status and latest version; 40401 when it has none. */
  public ContractStanding standing(String contractId) {
    CatalogHead head = store.head(contractId).orElseThrow(() -> notFound(contractId));
    ContractVersion latest =
        store
            .version(contractId, head.latestVersion())
            .orElseThrow(() -> notFound(contractId)); // deleted in between
    return ContractStanding.of(head.state(), latest);
  }

  /**
   * Retires the contract; retiring a retired contract changes nothing.
   *
   * @throws ContractCatalogException 40401 (unknown), 40903 (a folder manages it)
   */
  public ContractStanding retire(String contractId) {
    ContractStanding standing =
        transactions.inTransaction(
            () -> {
              ContractState state = store.lock(contractId);
              ContractVersion latest =
                  store.latest(contractId).orElseThrow(() -> notFound(contractId));
              if (state.managedBy() == ManagedBy.FOLDER) {
                throw managedByFolder(state, "retired");
              }
              store.retire(
                  contractId, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
              return ContractStanding.of(store.lock(contractId), latest);
            });
    LOG.atInfo()
        .addKeyValue("event", "contract_retired")
        .addKeyValue("contract", contractId)
        .addKeyValue("catalog_version", standing.latest().versionNo())
        .log("contract retired");
    return standing;
  }

  /**
   * Deletes a retired contract for good: its catalog versions and its quality history. The registry
   * subject holding its schemas stays (consumers may still decode old records with them); the
   * Confluent API deletes subjects.
   *
   * @throws ContractCatalogException 40401 (unknown), 40903 (a folder manages it), 40904 (not
   *     retired)
   */
  public DeletedContract deletePermanently(String contractId) {
    DeletedContract deleted =
        transactions.inTransaction(
            () -> {
              ContractState state = store.lock(contractId);
              if (store.latest(contractId).isEmpty()) {
                throw notFound(contractId);
              }
              if (state.managedBy() == ManagedBy.FOLDER) {
                throw managedByFolder(state, "deleted");
              }
              if (!state.retired()) {
                throw new ContractCatalogException(
                    ContractError.NOT_RETIRED,
                    "contract '"
                        + contractId
                        + "' is in force: retire it first (DELETE /api/v1/contracts/"
                        + contractId
                        + "), then delete it permanently");
              }
              int runs = history.forget(contractId);
              int versions = store.delete(contractId);
              return new DeletedContract(contractId, versions, runs);
            });
    LOG.atInfo()
        .addKeyValue("event", "contract_deleted")
        .addKeyValue("contract", contractId)
        .addKeyValue("versions", deleted.versions())
        .addKeyValue("runs", deleted.runs())
        .log("contract deleted permanently");
    return deleted;
  }

  /**
   * A contracts folder's load declared exactly {@code declared}: contracts it managed and no longer
   * declares go back to the contract API.
   *
   * @return the ids handed back
   */
  public List<String> folderDeclares(Set<String> declared) {
    List<String> released = transactions.inTransaction(() -> store.releaseUndeclared(declared));
    for (String id : released) {
      LOG.atInfo()
          .addKeyValue("event", "contract_released_by_folder")
          .addKeyValue("contract", id)
          .log("contracts folder no longer declares the contract; the API manages it");
    }
    return released;
  }

  /**
   * The one rule between folders and the API, and retirement's: a folder-managed contract takes no
   * version from the API (40903), a contract retired through the API none at all (40905).
   */
  static void mayPublish(ContractState state, Publisher publisher) {
    if (publisher.kind() == ManagedBy.API && state.managedBy() == ManagedBy.FOLDER) {
      throw managedByFolder(state, "published");
    }
    if (state.retired()) {
      throw new ContractCatalogException(
          ContractError.RETIRED,
          "contract '"
              + state.contractId()
              + "' was retired at "
              + state.retiredAt().toInstant()
              + "; a retired contract takes no new versions (its history stays readable; delete it"
              + " permanently to reuse the id)");
    }
  }

  /**
   * What the gate says of a contract's standing before a change to it: a retired contract takes no
   * version (error), a deprecated one warns its consumers, a folder-managed one changes only
   * through its folder.
   *
   * @param contractFile the changed contract's file, where the findings point
   */
  static List<GateFinding> gateFindings(CatalogHead head, Path contractFile) {
    List<GateFinding> out = new ArrayList<>();
    String id = head.contractId();
    if (head.state().retired()) {
      out.add(
          whole(
              contractFile,
              FindingSeverity.ERROR,
              "CONTRACT_RETIRED",
              "contract '"
                  + id
                  + "' was retired at "
                  + head.state().retiredAt().toInstant()
                  + ": publishing a new version will be refused",
              "delete it permanently to reuse the id, or publish under a new id"));
    } else if (head.status() == ContractStatus.DEPRECATED) {
      out.add(
          whole(
              contractFile,
              FindingSeverity.WARNING,
              "CONTRACT_DEPRECATED",
              "contract '"
                  + id
                  + "' is deprecated (catalog v"
                  + head.latestVersion()
                  + "): it is still checked, and its consumers should move off it",
              ""));
    }
    if (head.state().managedBy() == ManagedBy.FOLDER) {
      out.add(
          whole(
              contractFile,
              FindingSeverity.INFO,
              "MANAGED_BY_FOLDER",
              "the server's contracts folder declares '"
                  + id
                  + "': it changes when the server loads the folder, and the contract API refuses"
                  + " to publish it",
              ""));
    }
    return out;
  }

  /** A finding about the contract as a whole: its file's first line. */
  private static GateFinding whole(
      Path file, FindingSeverity severity, String rule, String message, String fix) {
    return new GateFinding(severity, rule, file, 1, 1, "", message, fix);
  }

  static ContractCatalogException managedByFolder(ContractState state, String verb) {
    return new ContractCatalogException(
        ContractError.MANAGED_BY_FOLDER,
        "contract '"
            + state.contractId()
            + "' is declared by the server's contracts folder ("
            + state.declaredIn()
            + "): it is "
            + verb
            + " there, not through the API (set its status: in that file, or remove the file)");
  }

  private static ContractCatalogException notFound(String id) {
    return new ContractCatalogException(
        ContractError.CONTRACT_NOT_FOUND, "contract '" + id + "' not found");
  }
}
