package org.pactum.registry.core.contract;

import java.util.List;

/**
 * A dry run's outcome.
 *
 * @param comparedWith what the contract was compared with, in words ({@code registry subject
 *     orders.order_placed v1..v3 (BACKWARD_TRANSITIVE); catalog v3})
 */
public record CheckResult(String contractId, String comparedWith, List<FindingRecord> findings) {
  public CheckResult {
    findings = List.copyOf(findings);
  }

  public boolean breaking() {
    return findings.stream().anyMatch(FindingRecord::isError);
  }
}
