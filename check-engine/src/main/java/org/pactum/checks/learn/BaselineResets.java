package org.pactum.checks.learn;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pactum.checks.core.ChecksException;
import org.pactum.checks.core.ChecksException.Reason;
import org.pactum.checks.core.ContractSource;
import org.pactum.checks.core.DatasetKey;
import org.pactum.checks.core.MetricKey;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;

/**
 * Approving a baseline reset after an intended change: the check must have a learned baseline and
 * its contract a dataset; training then restarts at {@code fromRun}'s observation time (which must
 * have stored metrics for the dataset) or at the approval. The store only records the approval.
 */
public final class BaselineResets {
  /** An approved reset. */
  public record Approved(
      String contractId,
      String checkName,
      String dataset,
      List<MetricKey> metrics,
      String approvedBy,
      Instant approvedAt,
      String reason,
      String fromRun) {
    public Approved {
      metrics = List.copyOf(metrics);
    }
  }

  private final ContractSource contracts;
  private final BaselineResetLog log;
  private final Clock clock;

  public BaselineResets(ContractSource contracts, BaselineResetLog log, Clock clock) {
    this.contracts = contracts;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Approves a reset of one check's learned baseline.
   *
   * @throws ChecksException {@link Reason#UNKNOWN_CONTRACT}, {@link Reason#UNKNOWN_CHECK}, {@link
   *     Reason#INVALID_FIELD} (the check learns nothing), {@link Reason#NO_DATASET}, {@link
   *     Reason#UNKNOWN_RUN} ({@code fromRun} stored no metrics for the dataset)
   */
  public Approved approve(
      String contractId, String checkName, String approvedBy, String reason, String fromRun) {
    DataContract contract =
        contracts
            .find(contractId)
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CONTRACT,
                        "contract '" + contractId + "' is not in the catalog"))
            .contract();
    Check check =
        contract.checks().stream()
            .filter(c -> c.name().equals(checkName))
            .findFirst()
            .orElseThrow(
                () ->
                    new ChecksException(
                        Reason.UNKNOWN_CHECK,
                        "contract '" + contractId + "' has no check named '" + checkName + "'"));
    List<MetricKey> metrics = LearnedMetrics.of(check);
    if (metrics.isEmpty()) {
      throw new ChecksException(
          Reason.INVALID_FIELD,
          "check '"
              + checkName
              + "' has no learned baseline to reset (only anomaly criteria and drift checks learn)");
    }
    if (contract.dataset() == null) {
      throw new ChecksException(
          Reason.NO_DATASET, "contract '" + contractId + "' has no dataset: nothing was learned");
    }
    String dataset = DatasetKey.textOf(contract);
    Instant now = clock.instant();
    if (!log.resetBaseline(dataset, metrics, approvedBy, reason, fromRun, now)) {
      throw new ChecksException(
          Reason.UNKNOWN_RUN,
          "from_run '" + fromRun + "' stored no metrics for contract '" + contractId + "'");
    }
    return new Approved(contractId, checkName, dataset, metrics, approvedBy, now, reason, fromRun);
  }
}
