package org.pactum.server.ui;

import io.dropwizard.views.common.View;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pactum.registry.core.contract.DiffResult;

/**
 * Two catalog versions of a contract compared, {@code templates/contract-diff.ftlh}: a form to
 * choose them and the findings, schema and semantic, with their severity.
 */
public final class ContractDiffView extends View {
  private final String contractId;
  private final VersionHistory versions;
  private final int from;
  private final int to;
  private final List<FindingRow> findings;
  private final FindingCounts counts;
  private final String problem;

  private ContractDiffView(
      String contractId,
      VersionHistory versions,
      int from,
      int to,
      List<FindingRow> findings,
      FindingCounts counts,
      String problem) {
    super("/templates/contract-diff.ftlh", StandardCharsets.UTF_8);
    this.contractId = contractId;
    this.versions = versions;
    this.from = from;
    this.to = to;
    this.findings = findings;
    this.counts = counts;
    this.problem = problem;
  }

  static ContractDiffView of(VersionHistory versions, DiffResult diff) {
    return new ContractDiffView(
        diff.contractId(),
        versions,
        diff.from(),
        diff.to(),
        diff.findings().stream().map(FindingRow::of).toList(),
        FindingCounts.of(diff.findings()),
        "");
  }

  /** The two versions chosen but not comparable (one no longer loads): the form and why. */
  static ContractDiffView failed(
      String contractId, VersionHistory versions, int from, int to, String problem) {
    return new ContractDiffView(
        contractId, versions, from, to, List.of(), new FindingCounts(0, 0, 0), problem);
  }

  public String getContractId() {
    return contractId;
  }

  public VersionHistory getVersions() {
    return versions;
  }

  public int getFrom() {
    return from;
  }

  public int getTo() {
    return to;
  }

  public List<FindingRow> getFindings() {
    return findings;
  }

  public FindingCounts getCounts() {
    return counts;
  }

  public String getProblem() {
    return problem;
  }
}
