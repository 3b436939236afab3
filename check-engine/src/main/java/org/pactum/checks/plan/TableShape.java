package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checked table's columns as the database reports them (from a zero-row probe), so that a check
 * on a missing column fails alone with a clear message instead of breaking the scan.
 *
 * @param uniqueKeys the column sets the database keeps unique among rows with every one of them
 *     non-null (valid unique indexes and constraints without predicate or expression), as the
 *     database names the columns; empty where the dialect does not look
 */
public record TableShape(
    TableRef table, Map<String, ColumnInfo> columns, List<Set<String>> uniqueKeys) {
  public TableShape {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    uniqueKeys = uniqueKeys.stream().map(Set::copyOf).toList();
  }

  public TableShape(TableRef table, Map<String, ColumnInfo> columns) {
    this(table, columns, List.of());
  }

  /** The same columns with the unique keys the database reported. */
  public TableShape withUniqueKeys(List<Set<String>> keys) {
    return new TableShape(table, columns, keys);
  }

  /**
   * Whether the database keeps these columns' complete values unique: a unique key among them (a
   * key unique on its own is unique with more columns added). Plain columns only.
   */
  public boolean keepsUnique(List<ColumnInfo> checked) {
    Set<String> names = new HashSet<>();
    for (ColumnInfo c : checked) {
      if (!c.path().isEmpty()) {
        return false;
      }
      names.add(c.name());
    }
    return uniqueKeys.stream().anyMatch(names::containsAll);
  }

  /**
   * Finds a contract's column: the exact name, else the one column equal ignoring case, else for a
   * dotted path a field of a struct (DuckDB) or composite (PostgreSQL) column.
   */
  public Optional<ColumnInfo> resolve(String contractColumn) {
    ColumnInfo exact = columns.get(contractColumn);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<ColumnInfo> folded =
        columns.values().stream().filter(c -> c.name().equalsIgnoreCase(contractColumn)).toList();
    if (folded.size() == 1) {
      return Optional.of(folded.get(0));
    }
    int dot = contractColumn.indexOf('.');
    if (dot > 0) {
      Optional<ColumnInfo> head = resolve(contractColumn.substring(0, dot));
      if (head.isPresent()
          && head.get().path().isEmpty()
          && head.get().kind() == ColumnKind.OTHER) {
        List<String> path = Arrays.asList(contractColumn.substring(dot + 1).split("\\."));
        return Optional.of(
            new ColumnInfo(head.get().name(), ColumnKind.OTHER, head.get().databaseType(), path));
      }
    }
    return Optional.empty();
  }

  /** "column "amout" does not exist in public.orders (did you mean "amount"?)". */
  public String missingColumnMessage(String contractColumn) {
    String hint =
        closest(contractColumn)
            .map(c -> " (did you mean \"" + c + "\"? did the contract's schema change?)")
            .orElse(" (did the contract's schema change?)");
    return "column \"" + contractColumn + "\" does not exist in " + table.text() + hint;
  }

  private Optional<String> closest(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : columns.keySet()) {
      int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  public List<String> columnNames() {
    return new ArrayList<>(columns.keySet());
  }
}
