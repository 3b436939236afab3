package org.pactum.registry.core.contract;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.pactum.registry.core.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A contract's life after publishing: its standing, retirement (no new runs or schedules, history
 * kept), deletion for good (versions and quality history dropped, only after retirement), and the
 * hand-over of contracts a folder stopped declaring back to the API.
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
