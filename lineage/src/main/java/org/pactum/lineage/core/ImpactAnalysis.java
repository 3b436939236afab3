package org.pactum.lineage.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pactum.contracts.LoadedContract;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Owner;

/**
 * Impact analysis: given a contract and the columns a change touches, walks the graph downstream
 * (every edge type: a changed join key or filter hurts too) and names the owners of the datasets
 * reached, from the contracts whose dataset matches.
 */
public final class ImpactAnalysis {
  private final LineageStore store;
  private final ContractLookup contracts;
  private final ContractDatasets datasets;

  public ImpactAnalysis(LineageStore store, ContractLookup contracts, ContractDatasets datasets) {
    this.store = store;
    this.contracts = contracts;
    this.datasets = datasets;
  }

  /**
   * @param contractId the changed contract
   * @param root its dataset (as it was before the change)
   */
  public ImpactReport impact(
      String contractId, DatasetRef root, Collection<String> changedColumns, int depth) {
    List<String> notInGraph = new ArrayList<>();
    List<ImpactReport.ImpactedColumn> columns = new ArrayList<>();
    Map<DatasetRef, Set<String>> byDataset = new LinkedHashMap<>();
    for (String changed : new LinkedHashSet<>(changedColumns)) {
      Optional<ColumnGraph> g =
          store.columnGraph(
              new ColumnRef(root, changed), Direction.DOWN, depth, null, EdgePage.NONE);
      if (g.isEmpty()) {
        notInGraph.add(changed);
        continue;
      }
      for (LineageNode n : g.get().nodes()) {
        if (n.column().dataset().equals(root)) {
          continue; // the contract's own table (an UPDATE in place) is not someone else
        }
        columns.add(new ImpactReport.ImpactedColumn(changed, n.column(), n.distance()));
        byDataset
            .computeIfAbsent(n.column().dataset(), k -> new LinkedHashSet<>())
            .add(n.column().column());
      }
    }
    List<ImpactReport.ImpactedDataset> affected = new ArrayList<>();
    byDataset.forEach(
        (d, cols) -> {
          Optional<DataContract> c = contractOf(d);
          Owner o = c.map(DataContract::owner).orElse(null);
          affected.add(
              new ImpactReport.ImpactedDataset(
                  d,
                  c.map(DataContract::id).orElse(null),
                  o == null ? null : o.team(),
                  o == null ? null : o.email(),
                  o == null ? null : o.slack(),
                  List.copyOf(cols)));
        });
    return new ImpactReport(
        contractId,
        root,
        List.copyOf(new LinkedHashSet<>(changedColumns)),
        notInGraph,
        columns,
        affected);
  }

  /** A contract's dataset in the graph. */
  public Optional<DatasetRef> datasetOf(DataContract contract) {
    return datasets.of(contract);
  }

  /** The contract in the catalog with this id. */
  public Optional<DataContract> contract(String id) {
    return contracts.all().stream()
        .map(LoadedContract::contract)
        .filter(c -> c.id().equals(id))
        .findFirst();
  }

  private Optional<DataContract> contractOf(DatasetRef dataset) {
    return contracts.all().stream()
        .map(LoadedContract::contract)
        .filter(c -> datasets.of(c).filter(dataset::equals).isPresent())
        .findFirst();
  }
}
