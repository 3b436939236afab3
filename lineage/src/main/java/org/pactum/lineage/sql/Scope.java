package org.pactum.lineage.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.DatasetRef;

/**
 * The FROM items a query's expressions may name (and, for correlated subqueries, the enclosing
 * query's): base tables, with their columns when a schema is known, and derived tables.
 */
final class Scope {
  /**
   * One FROM item under its alias: a base table ({@code table}, {@code columns} null when unknown)
   * or a derived table ({@code derived}).
   */
  record Entry(String alias, DatasetRef table, List<String> columns, Relation derived) {
    boolean knowsColumns() {
      return derived != null || columns != null;
    }

    boolean has(String column) {
      return derived != null ? derived.column(column).isPresent() : columns.contains(column);
    }

    String describe() {
      return table != null ? table.name() + (alias == null ? "" : " " + alias) : alias;
    }

    Lineage lineage(String column) {
      if (derived != null) {
        return derived.column(column).map(c -> c.lineage().copy()).orElseGet(Lineage::new);
      }
      return Lineage.identity(new ColumnRef(table, column));
    }
  }

  private static final Set<String> KEYWORDS =
      Set.of(
          "true",
          "false",
          "null",
          "current_date",
          "current_time",
          "current_timestamp",
          "localtime",
          "localtimestamp",
          "current_user",
          "session_user");

  private final Scope parent;
  private final List<Entry> entries = new ArrayList<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  Scope parentOrNull() {
    return parent;
  }

  void add(Entry entry) {
    entries.add(entry);
  }

  List<Entry> entries() {
    return entries;
  }

  Optional<Entry> entry(String qualifier) {
    for (Entry e : entries) {
      if (qualifier.equals(e.alias())
          || (e.table() != null && e.alias() == null && matchesTable(e.table(), qualifier))) {
        return Optional.of(e);
      }
    }
    return parent == null ? Optional.empty() : parent.entry(qualifier);
  }

  private static boolean matchesTable(DatasetRef table, String qualifier) {
    String name = table.name();
    return name.equals(qualifier) || name.endsWith("." + qualifier);
  }

  /**
   * The lineage of a column reference; empty (and a problem told to {@code problems}, unless it is
   * null) when it cannot be resolved without guessing.
   */
  Optional<Lineage> resolve(String qualifier, String column, Consumer<String> problems) {
    if (qualifier != null) {
      Optional<Entry> e = entry(qualifier);
      if (e.isEmpty()) {
        report(problems, "unknown table or alias " + qualifier + " in " + qualifier + "." + column);
        return Optional.empty();
      }
      if (e.get().knowsColumns() && !e.get().has(column)) {
        report(problems, "column " + qualifier + "." + column + " does not exist");
        return Optional.empty();
      }
      return Optional.of(e.get().lineage(column));
    }
    List<Entry> known = entries.stream().filter(e -> e.knowsColumns() && e.has(column)).toList();
    if (known.size() == 1) {
      return Optional.of(known.get(0).lineage(column));
    }
    if (known.size() > 1) {
      report(problems, "column " + column + " is ambiguous: in " + describe(known));
      return Optional.empty();
    }
    List<Entry> unknown = entries.stream().filter(e -> !e.knowsColumns()).toList();
    if (unknown.size() == 1) {
      return Optional.of(unknown.get(0).lineage(column));
    }
    if (unknown.size() > 1) {
      report(
          problems,
          "column "
              + column
              + " could come from any of "
              + describe(unknown)
              + " (no schema known for them): qualify it");
      return Optional.empty();
    }
    if (parent != null) {
      Optional<Lineage> outer = parent.resolve(null, column, null);
      if (outer.isPresent()) {
        return outer;
      }
    }
    if (KEYWORDS.contains(column)) {
      return Optional.of(new Lineage());
    }
    report(problems, "column " + column + " not found in " + describe(entries));
    return Optional.empty();
  }

  private static String describe(List<Entry> list) {
    return list.isEmpty()
        ? "(no FROM)"
        : String.join(", ", list.stream().map(Entry::describe).toList());
  }

  private static void report(Consumer<String> problems, String message) {
    if (problems != null) {
      problems.accept(message);
    }
  }
}
