package org.pactum.registry.core.contract;

import java.util.List;

/** Two stored versions compared: {@code to}'s schema under its mode, and the semantic diff. */
public record DiffResult(String contractId, int from, int to, List<FindingRecord> findings) {
  public DiffResult {
    findings = List.copyOf(findings);
  }

  public boolean breaking() {
    return findings.stream().anyMatch(FindingRecord::isError);
  }
}
