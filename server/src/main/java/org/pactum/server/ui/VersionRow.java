package org.pactum.server.ui;

import org.pactum.registry.core.contract.ContractVersion;

/**
 * One catalog version in a contract's history.
 *
 * @param source who or what published it: {@code api}, {@code api <path>} or the contract file
 * @param publishedAt ISO-8601 UTC ({@code 2026-11-22T06:30:15Z})
 * @param previous the version before it, or 0 for the first
 * @param findings the findings publishing recorded against the version before
 */
public record VersionRow(
    int versionNo,
    String semver,
    String status,
    String source,
    String publishedAt,
    int previous,
    FindingCounts findings) {

  static VersionRow of(ContractVersion v, int previous) {
    return new VersionRow(
        v.versionNo(),
        v.semver() == null ? "" : v.semver(),
        v.status() == null ? "" : v.status(),
        v.source() == null ? "" : v.source(),
        UiFormat.iso(v.publishedAt()),
        previous,
        FindingCounts.of(v.findings()));
  }

  /** Whether there is a version before this one to compare with. */
  public boolean hasPrevious() {
    return previous > 0;
  }
}
