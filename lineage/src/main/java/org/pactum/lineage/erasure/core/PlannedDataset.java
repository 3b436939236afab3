package org.pactum.lineage.erasure.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.contracts.model.ErasureAction;

/**
 * One dataset an erasure touches: its rows are found by {@code keyColumn = subject id}.
 *
 * @param contractId the contract that declares the dataset, or null (found through lineage only)
 * @param source why it is in the plan
 * @param mode delete the subject's rows, or update their PII columns
 * @param columns per column, the erasure action that changes it (in UPDATE mode: nullify, hash,
 *     redact); never {@code retain}
 * @param retained the columns the contract retains ({@code erasure: retain}), each with its legal
 *     basis: the erasure leaves them as they are. A dataset with retained columns and no others is
 *     planned with nothing to change ({@link #retainOnly()}). Plans stored before {@code retain}
 *     existed have none.
 */
public record PlannedDataset(
    String contractId,
    Source source,
    String datasource,
    String table,
    String keyColumn,
    Mode mode,
    Map<String, ErasureAction> columns,
    Map<String, String> retained) {

  /** Where a dataset entered the plan. */
  public enum Source {
    CONTRACT,
    LINEAGE
  }

  /** What the erasure does to the subject's rows. */
  public enum Mode {
    DELETE,
    UPDATE
  }

  public PlannedDataset {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    retained = Collections.unmodifiableMap(new LinkedHashMap<>(retained));
    if (columns.containsValue(ErasureAction.RETAIN)) {
      throw new IllegalArgumentException("retained columns go in retained, with their basis");
    }
    if (mode == Mode.DELETE && !retained.isEmpty()) {
      throw new IllegalArgumentException("a dataset whose rows are deleted cannot retain columns");
    }
  }

  /** A dataset without retained columns. */
  public PlannedDataset(
      String contractId,
      Source source,
      String datasource,
      String table,
      String keyColumn,
      Mode mode,
      Map<String, ErasureAction> columns) {
    this(contractId, source, datasource, table, keyColumn, mode, columns, Map.of());
  }

  /** {@code datasource:table}, the dataset's name in statuses and findings. */
  public String name() {
    return datasource + ":" + table;
  }

  /** True when the erasure changes nothing here: every PII column is retained. */
  public boolean retainOnly() {
    return mode == Mode.UPDATE && columns.isEmpty() && !retained.isEmpty();
  }

  /**
   * {@code retained: a, b (basis 1); c (basis 2)}: the retained columns in name order, grouped by
   * legal basis (the store's jsonb does not keep the contract's order), or null when none is
   * retained.
   */
  public String retainedSummary() {
    if (retained.isEmpty()) {
      return null;
    }
    Map<String, List<String>> byBasis = new LinkedHashMap<>();
    new TreeMap<>(retained)
        .forEach((c, b) -> byBasis.computeIfAbsent(b, k -> new ArrayList<>()).add(c));
    List<String> parts = new ArrayList<>();
    byBasis.forEach((b, cs) -> parts.add(String.join(", ", cs) + " (" + b + ")"));
    return "retained: " + String.join("; ", parts);
  }
}
