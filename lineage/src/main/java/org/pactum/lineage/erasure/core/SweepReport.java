package org.pactum.lineage.erasure.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One reconciliation sweep over every completed request's datasets.
 *
 * @param reappearances findings with rows &gt; 0
 * @param findings per (request, dataset): rows of the erased subject found again, or an error
 */
public record SweepReport(
    UUID sweepId,
    String trigger,
    Instant startedAt,
    Instant finishedAt,
    int datasetsChecked,
    int reappearances,
    List<Finding> findings) {

  public SweepReport {
    findings = List.copyOf(findings);
  }

  /**
   * @param rows the subject's rows holding un-erased data again (0 with an error)
   * @param error why the dataset could not be checked, or null
   */
  public record Finding(UUID requestId, String datasource, String table, long rows, String error) {}
}
