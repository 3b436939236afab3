package org.pactum.lineage.core;

import java.util.List;

/**
 * Who a contract change hurts: the columns and datasets downstream of its changed columns, and the
 * owners of those datasets' contracts.
 *
 * @param contractId the changed contract
 * @param dataset its dataset in the graph
 * @param changedColumns the columns the change is about
 * @param notInGraph changed columns the graph does not know (nothing recorded downstream of them)
 * @param columns downstream columns, per changed column, at their distance
 * @param datasets downstream datasets with their contract and owner (when they have one)
 */
public record ImpactReport(
    String contractId,
    DatasetRef dataset,
    List<String> changedColumns,
    List<String> notInGraph,
    List<ImpactedColumn> columns,
    List<ImpactedDataset> datasets) {
  public ImpactReport {
    changedColumns = List.copyOf(changedColumns);
    notInGraph = List.copyOf(notInGraph);
    columns = List.copyOf(columns);
    datasets = List.copyOf(datasets);
  }

  /** Whether anything downstream is affected. */
  public boolean affectsOthers() {
    return !columns.isEmpty();
  }

  /** A downstream column of a changed column. */
  public record ImpactedColumn(String changedColumn, ColumnRef column, int distance) {}

  /**
   * A downstream dataset.
   *
   * @param contractId its contract, or null when it has none (then nobody can be told)
   * @param ownerTeam owning team, or null
   * @param ownerEmail owner e-mail, or null
   * @param ownerSlack owner Slack channel, or null
   * @param columns its affected columns
   */
  public record ImpactedDataset(
      DatasetRef dataset,
      String contractId,
      String ownerTeam,
      String ownerEmail,
      String ownerSlack,
      List<String> columns) {
    public ImpactedDataset {
      columns = List.copyOf(columns);
    }
  }
}
