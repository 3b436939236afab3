package org.pactum.server.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.pactum.registry.core.contract.ContractVersion;

/** A contract's catalog versions as its pages list them: newest first. */
public record VersionHistory(List<VersionRow> rows) {
  public VersionHistory {
    rows = List.copyOf(rows);
  }

  static VersionHistory empty() {
    return new VersionHistory(List.of());
  }

  /** The history of versions in any order (the catalog gives them oldest first). */
  static VersionHistory of(List<ContractVersion> versions) {
    List<ContractVersion> oldestFirst =
        versions.stream().sorted(Comparator.comparingInt(ContractVersion::versionNo)).toList();
    List<VersionRow> rows = new ArrayList<>();
    int previous = 0;
    for (ContractVersion v : oldestFirst) {
      rows.add(VersionRow.of(v, previous));
      previous = v.versionNo();
    }
    Collections.reverse(rows);
    return new VersionHistory(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The newest version's number, or 0. */
  public int latest() {
    return rows.isEmpty() ? 0 : rows.get(0).versionNo();
  }

  /** The version before the newest, or the newest when there is one version (or 0 for none). */
  public int beforeLatest() {
    return rows.size() > 1 ? rows.get(1).versionNo() : latest();
  }
}
