package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a contract's checks on one table and scope become SQL: one fused aggregate scan, plus only
 * the statements that cannot share it. Inspectable, so tests can assert "one scan" and benchmarks
 * can print the SQL.
 *
 * @param dialect the dialect's name
 * @param fused the fused aggregate statement, or null when no check needs one
 * @param separate the other statements, in execution order
 * @param rejected checks that could not be compiled, with the reason (they become ERROR results)
 */
public record ScanPlan(
    String dialect, PlannedQuery fused, List<PlannedQuery> separate, Map<String, String> rejected) {
  public ScanPlan {
    separate = List.copyOf(separate);
    rejected = Map.copyOf(rejected);
  }

  /** The plan with one more statement, built after the fused scan ran (value samples). */
  public ScanPlan withSeparate(PlannedQuery statement) {
    List<PlannedQuery> more = new ArrayList<>(separate);
    more.add(statement);
    return new ScanPlan(dialect, fused, more, rejected);
  }

  public Optional<PlannedQuery> fusedQuery() {
    return Optional.ofNullable(fused);
  }

  /** Every statement, fused first. */
  public List<PlannedQuery> statements() {
    List<PlannedQuery> all = new ArrayList<>();
    if (fused != null) {
      all.add(fused);
    }
    all.addAll(separate);
    return all;
  }

  /** Statements that scan the table (all but samples, which run only for failing checks). */
  public long scanCount() {
    return statements().size();
  }

  public List<PlannedQuery> separate(QueryKind kind) {
    return separate.stream().filter(q -> q.kind() == kind).toList();
  }

  /** The plan as text: each statement with its parameters, for logs and benchmarks. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (PlannedQuery q : statements()) {
      out.append("-- ")
          .append(q.kind())
          .append(" for ")
          .append(String.join(", ", q.checks()))
          .append('\n')
          .append(q.sql())
          .append('\n');
      if (!q.params().isEmpty()) {
        out.append("-- params: ").append(q.params()).append('\n');
      }
    }
    rejected.forEach(
        (k, v) -> out.append("-- not compiled: ").append(k).append(": ").append(v).append('\n'));
    return out.toString();
  }
}
