package org.pactum.lineage.erasure.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pactum.contracts.model.ErasureAction;

/**
 * One dataset an erasure touches: its rows are found by {@code keyColumn = subject id}.
 *
 * @param contractId the contract that declares the dataset, or null (found through lineage only)
 * @param source why it is in the plan
 * @param mode delete the subject's rows, or update their PII columns
 * @param columns per column, the contract's erasure action (in UPDATE mode: nullify, hash, redact)
 */
public record PlannedDataset(
    String contractId,
    Source source,
    String datasource,
    String table,
    String keyColumn,
    Mode mode,
    Map<String, ErasureAction> columns) {

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
  }

  /** {@code datasource:table}, the dataset's name in statuses and findings. */
  public String name() {
    return datasource + ":" + table;
  }
}
