package org.pactum.checks.warehouse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.checks.plan.ColumnInfo;
import org.pactum.checks.plan.Fragment;
import org.pactum.checks.plan.PlanCompiler;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.checks.plan.TableRef;
import org.pactum.checks.plan.TableShape;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.UniqueCheck;
import org.pactum.contracts.pii.PiiMasker;

/**
 * Reads a few of the rows a failing row-level check rejected, identified by the contract's first
 * unique key, named as the contract names the columns and with PII masked.
 */
public final class FailedRowSampler {
  private final WarehouseSession session;
  private final PlanCompiler compiler;
  private final TableRef table;
  private final Fragment scope;
  private final List<ColumnInfo> keys;
  private final PiiMasker masker;
  private final int sampleSize;
  private final Duration timeout;

  public FailedRowSampler(
      WarehouseSession session,
      PlanCompiler compiler,
      TableRef table,
      Fragment scope,
      List<ColumnInfo> keys,
      PiiMasker masker,
      int sampleSize,
      Duration timeout) {
    this.session = session;
    this.compiler = compiler;
    this.table = table;
    this.scope = scope;
    this.keys = keys;
    this.masker = masker;
    this.sampleSize = sampleSize;
    this.timeout = timeout;
  }

  /**
   * The columns that identify a failed row: those of the contract's first resolvable unique check.
   */
  public static List<ColumnInfo> sampleKeys(DataContract contract, TableShape shape) {
    for (Check c : contract.checks()) {
      if (c instanceof UniqueCheck u) {
        List<ColumnInfo> keys = new ArrayList<>();
        for (String col : u.columns()) {
          shape.resolve(col).ifPresent(keys::add);
        }
        if (keys.size() == u.columns().size()) {
          return keys;
        }
      }
    }
    return List.of();
  }

  /** Up to the configured number of failed rows; empty when the sample query fails. */
  public List<Map<String, Object>> sample(ResolvedCheck rc) {
    PlannedQuery q = compiler.sampleQuery(rc, keys, table, scope, sampleSize);
    try {
      List<Map<String, Object>> rows = session.rows(q, timeout);
      List<ColumnInfo> named =
          new ArrayList<>(rc.check() instanceof UniqueCheck ? List.of() : keys);
      for (ColumnInfo c : rc.columns()) {
        if (!named.contains(c)) {
          named.add(c);
        }
      }
      List<Map<String, Object>> sample = new ArrayList<>();
      for (Map<String, Object> row : rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> values = new ArrayList<>(row.values());
        for (int i = 0; i < named.size() && i < values.size(); i++) {
          String name = contractName(named.get(i), rc);
          out.put(name, masker.mask(name, SampleValues.jsonSafe(values.get(i))));
        }
        if (rc.check() instanceof UniqueCheck && values.size() > named.size()) {
          out.put("occurrences", SampleValues.jsonSafe(values.get(named.size())));
        }
        sample.add(out);
      }
      return sample;
    } catch (QueryFailedException e) {
      return List.of(); // a sample is a courtesy: its failure does not change the verdict
    }
  }

  /** The column's name as the contract wrote it (for PII matching and readable samples). */
  private static String contractName(ColumnInfo column, ResolvedCheck rc) {
    for (int i = 0; i < rc.columns().size(); i++) {
      if (rc.columns().get(i).equals(column)) {
        return rc.check().columns().get(i);
      }
    }
    return column.displayName();
  }
}
