package org.pactum.registry.core.gate;

import java.nio.file.Path;
import java.util.List;

/**
 * What the gate found for one contract file.
 *
 * @param contractId the contract's id, or the file name when it did not load
 * @param comparedWith what it was compared against ({@code git HEAD~1}, {@code registry v4}, or
 *     {@code nothing: new contract})
 */
public record ContractVerdict(
    Path file, String contractId, String comparedWith, List<GateFinding> findings) {

  public ContractVerdict {
    findings = findings.stream().sorted(GateFinding.ORDER).toList();
  }

  public boolean breaking() {
    return findings.stream().anyMatch(GateFinding::isError);
  }
}
