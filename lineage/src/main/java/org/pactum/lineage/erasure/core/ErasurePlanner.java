package org.pactum.lineage.erasure.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.ErasureAction;
import org.pactum.contracts.model.Pii;
import org.pactum.lineage.erasure.core.PlannedDataset.Mode;
import org.pactum.lineage.erasure.core.PlannedDataset.Source;
import org.pactum.warehouse.Identifier;
import org.pactum.warehouse.TableName;

/**
 * Builds an erasure plan for one subject type from the contract catalog and lineage.
 *
 * <ol>
 *   <li>Every contract whose {@code pii.subject} is the subject type gives a dataset: its
 *       datasource and table, its {@code pii.key}, and per column the contract's erasure action. A
 *       {@code delete_row} on any column deletes the subject's rows; otherwise their PII columns
 *       are updated. Columns the contract retains ({@code erasure: retain}) stay in the plan with
 *       their legal basis and are never changed; a contract that retains every PII column gives a
 *       dataset with nothing to change (not a gap). A contract without a dataset or a key, with a
 *       name the identifier rules refuse (the check engine's: {@link TableName}, {@link
 *       FieldPath}), or that both retains columns and deletes the row (which would destroy what
 *       must be kept), is a gap.
 *   <li>Every column {@link PiiLineage} reports downstream of those columns widens the plan: a
 *       derived column in a planned dataset is added (as {@code nullify}) when its contract does
 *       not tag it; a derived dataset is planned when it has a key (its contract's {@code pii.key}
 *       for this subject, or a column derived from the key), nullifying the derived columns; a
 *       derived dataset without a contract or without a key is a gap. Retained columns are sources
 *       too: a copy of a retained column is still nullified (the legal obligation covers the source
 *       record, not its copies), unless its own contract retains it.
 * </ol>
 */
public final class ErasurePlanner {
  private final Supplier<? extends Collection<DataContract>> contracts;
  private final PiiLineage lineage;

  public ErasurePlanner(
      Supplier<? extends Collection<DataContract>> contracts, PiiLineage lineage) {
    this.contracts = Objects.requireNonNull(contracts, "contracts");
    this.lineage = Objects.requireNonNull(lineage, "lineage");
  }

  public ErasurePlan plan(String subjectType) {
    Collection<DataContract> all = contracts.get();
    Map<String, PlannedDataset> planned = new LinkedHashMap<>();
    List<PlanGap> gaps = new ArrayList<>();
    for (DataContract c : all) {
      Pii pii = c.pii();
      if (pii == null || !subjectType.equals(pii.subject())) {
        continue;
      }
      if (c.dataset() == null) {
        gaps.add(new PlanGap(c.id(), null, null, null, "the contract declares no dataset"));
        continue;
      }
      String ds = c.dataset().datasource();
      String table = c.dataset().table();
      if (pii.key() == null || pii.key().isBlank()) {
        gaps.add(new PlanGap(c.id(), ds, table, null, "the contract's pii section has no key"));
        continue;
      }
      Map<String, ErasureAction> columns = new LinkedHashMap<>();
      Map<String, String> retained = new LinkedHashMap<>();
      pii.fields()
          .forEach(
              (col, field) -> {
                if (field.erasure() == ErasureAction.RETAIN) {
                  retained.put(col, field.legalBasis());
                } else {
                  columns.put(col, field.erasure());
                }
              });
      String invalid = invalidName(table, pii.key(), columns.keySet());
      if (invalid != null) {
        gaps.add(new PlanGap(c.id(), ds, table, null, invalid));
        continue;
      }
      boolean delete = columns.containsValue(ErasureAction.DELETE_ROW);
      if (delete && !retained.isEmpty()) {
        gaps.add(
            new PlanGap(
                c.id(),
                ds,
                table,
                null,
                "the contract retains "
                    + String.join(", ", retained.keySet())
                    + " on a legal basis but deletes the subject's row, which would destroy them;"
                    + " fix the contract (lint pii-retain-with-delete-row)"));
        continue;
      }
      if (!delete && columns.isEmpty() && retained.isEmpty()) {
        gaps.add(new PlanGap(c.id(), ds, table, null, "the contract's pii section has no fields"));
        continue;
      }
      PlannedDataset d =
          new PlannedDataset(
              c.id(),
              Source.CONTRACT,
              ds,
              table,
              pii.key(),
              delete ? Mode.DELETE : Mode.UPDATE,
              delete ? columns : withoutDeleteRow(columns),
              retained);
      planned.putIfAbsent(key(ds, table), d);
    }
    widenByLineage(subjectType, all, planned, gaps);
    return new ErasurePlan(List.copyOf(planned.values()), gaps);
  }

  private void widenByLineage(
      String subjectType,
      Collection<DataContract> all,
      Map<String, PlannedDataset> planned,
      List<PlanGap> gaps) {
    Map<String, List<DerivedColumn>> derived = new LinkedHashMap<>();
    for (PlannedDataset d : List.copyOf(planned.values())) {
      List<String> sources = new ArrayList<>(d.columns().keySet());
      sources.addAll(d.retained().keySet()); // copies of retained data are not covered by its basis
      if (!sources.contains(d.keyColumn())) {
        sources.add(0, d.keyColumn());
      }
      for (String col : sources) {
        boolean fromKey = col.equals(d.keyColumn());
        for (DerivedColumn dc : lineage.downstreamOf(d.datasource(), d.table(), col)) {
          DerivedColumn marked =
              fromKey && !dc.derivedFromKey()
                  ? new DerivedColumn(dc.datasource(), dc.table(), dc.column(), true)
                  : dc;
          derived
              .computeIfAbsent(key(dc.datasource(), dc.table()), k -> new ArrayList<>())
              .add(marked);
        }
      }
    }
    derived.forEach(
        (k, cols) -> {
          DerivedColumn first = cols.get(0);
          PlannedDataset existing = planned.get(k);
          if (existing != null) {
            planned.put(k, withDerived(existing, cols));
            return;
          }
          DataContract contract = contractOf(all, first.datasource(), first.table());
          if (contract == null) {
            cols.forEach(
                dc ->
                    gaps.add(
                        new PlanGap(
                            null,
                            dc.datasource(),
                            dc.table(),
                            dc.column(),
                            "derived from the subject's PII through lineage, but no contract"
                                + " declares this dataset")));
            return;
          }
          String keyColumn =
              contract.pii() != null && subjectType.equals(contract.pii().subject())
                  ? contract.pii().key()
                  : cols.stream()
                      .filter(DerivedColumn::derivedFromKey)
                      .map(DerivedColumn::column)
                      .findFirst()
                      .orElse(null);
          Map<String, ErasureAction> columns = new LinkedHashMap<>();
          for (DerivedColumn dc : cols) {
            if (!dc.column().equals(keyColumn)) {
              columns.putIfAbsent(dc.column(), ErasureAction.NULLIFY);
            }
          }
          String invalid =
              keyColumn == null ? null : invalidName(first.table(), keyColumn, columns.keySet());
          if (keyColumn == null || invalid != null || columns.isEmpty()) {
            gaps.add(
                new PlanGap(
                    contract.id(),
                    first.datasource(),
                    first.table(),
                    null,
                    keyColumn == null
                        ? "derived from the subject's PII through lineage, but has no key for the"
                            + " subject"
                        : invalid != null
                            ? invalid
                            : "only the key is derived; no PII column to erase by contract"));
            return;
          }
          planned.put(
              k,
              new PlannedDataset(
                  contract.id(),
                  Source.LINEAGE,
                  first.datasource(),
                  first.table(),
                  keyColumn,
                  Mode.UPDATE,
                  columns));
        });
  }

  private static PlannedDataset withDerived(PlannedDataset d, List<DerivedColumn> cols) {
    if (d.mode() == Mode.DELETE) {
      return d; // the whole row goes
    }
    Map<String, ErasureAction> columns = new LinkedHashMap<>(d.columns());
    cols.stream()
        .map(DerivedColumn::column)
        .filter(FieldPath::isColumn)
        .filter(c -> !c.equals(d.keyColumn()))
        .filter(c -> !d.retained().containsKey(c)) // its own contract states why it is kept
        .forEach(c -> columns.putIfAbsent(c, ErasureAction.NULLIFY));
    return new PlannedDataset(
        d.contractId(),
        d.source(),
        d.datasource(),
        d.table(),
        d.keyColumn(),
        d.mode(),
        columns,
        d.retained());
  }

  private static DataContract contractOf(
      Collection<DataContract> all, String datasource, String table) {
    return all.stream()
        .filter(c -> c.dataset() != null)
        .filter(
            c -> key(c.dataset().datasource(), c.dataset().table()).equals(key(datasource, table)))
        .findFirst()
        .orElse(null);
  }

  private static Map<String, ErasureAction> withoutDeleteRow(Map<String, ErasureAction> columns) {
    Map<String, ErasureAction> out = new LinkedHashMap<>(columns);
    out.values().removeIf(a -> a == ErasureAction.DELETE_ROW);
    return out;
  }

  private static String invalidName(String table, String key, Collection<String> columns) {
    if (!TableName.isValid(table)) {
      return "the table name is not a valid table reference (table, schema.table or"
          + " catalog.schema.table; each part plain or double-quoted)";
    }
    if (!FieldPath.isColumn(key)) {
      return "the key column is not a valid column name";
    }
    for (String c : columns) {
      if (!FieldPath.isValid(c)) {
        return "PII field '"
            + Identifier.printable(c)
            + "' is not a valid column name or dotted jsonb path";
      }
    }
    return null;
  }

  private static String key(String datasource, String table) {
    return datasource + ":" + table.toLowerCase(Locale.ROOT);
  }
}
