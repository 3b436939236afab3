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

/**
 * PII through lineage: a column fed DIRECT and unmasked (transitively) by a PII column is itself
 * PII for erasure scoping, even where its contract forgot to tag it.
 */
public final class PiiPropagation {
  private final LineageStore store;
  private final ContractLookup contracts;
  private final ContractDatasets datasets;

  public PiiPropagation(LineageStore store, ContractLookup contracts, ContractDatasets datasets) {
    this.store = store;
    this.contracts = contracts;
    this.datasets = datasets;
  }

  /** The columns the contracts tag as PII (a nested field tags its top-level column). */
  public Set<ColumnRef> tagged() {
    Set<ColumnRef> result = new LinkedHashSet<>();
    for (LoadedContract c : contracts.all()) {
      DataContract contract = c.contract();
      Optional<DatasetRef> d = datasets.of(contract);
      if (d.isPresent() && contract.pii() != null) {
        for (String field : contract.pii().fields().keySet()) {
          int dot = field.indexOf('.');
          result.add(new ColumnRef(d.get(), dot < 0 ? field : field.substring(0, dot)));
        }
      }
    }
    return result;
  }

  /**
   * The columns derived from {@code tagged} through DIRECT, unmasked edges, transitively, that are
   * not themselves in {@code tagged}; sorted by namespace, dataset and column, without duplicates.
   */
  public List<ColumnRef> derivedPii(Collection<ColumnRef> tagged) {
    Set<ColumnRef> start = new LinkedHashSet<>(tagged);
    Set<ColumnRef> result = new LinkedHashSet<>();
    for (DerivedColumn d : store.derivedFrom(start)) {
      if (!start.contains(d.column())) {
        result.add(d.column());
      }
    }
    return List.copyOf(result);
  }

  /** Derived PII that no contract tags: one finding per column, with what feeds it. */
  public List<PiiFinding> findings() {
    Set<ColumnRef> tagged = tagged();
    Map<ColumnRef, Set<ColumnRef>> fedBy = new LinkedHashMap<>();
    for (DerivedColumn d : store.derivedFrom(tagged)) {
      if (!tagged.contains(d.column())) {
        fedBy.computeIfAbsent(d.column(), k -> new LinkedHashSet<>()).add(d.origin());
      }
    }
    List<PiiFinding> result = new ArrayList<>();
    fedBy.forEach(
        (column, origins) -> {
          Optional<DataContract> owner = contractOf(column.dataset());
          result.add(
              new PiiFinding(
                  column,
                  List.copyOf(origins),
                  owner.map(DataContract::id).orElse(null),
                  owner.map(c -> c.owner() == null ? null : c.owner().team()).orElse(null)));
        });
    return result;
  }

  private Optional<DataContract> contractOf(DatasetRef dataset) {
    return contracts.all().stream()
        .map(LoadedContract::contract)
        .filter(c -> datasets.of(c).filter(dataset::equals).isPresent())
        .findFirst();
  }
}
