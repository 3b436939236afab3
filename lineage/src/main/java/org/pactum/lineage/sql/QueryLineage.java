package org.pactum.lineage.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * The lineage of a query (one statement's SELECT, with its CTEs, subqueries, joins and set
 * operations), as a {@link Relation}. One instance per statement: it collects the base tables read.
 */
final class QueryLineage {
  private final String namespace;
  private final String defaultSchema;
  private final SchemaCatalog catalog;
  private final Consumer<String> problems;
  private final ExpressionLineage expressions;
  private final OutputReferences references;
  private final SelectList selectList;
  private final Deque<Map<String, Relation>> ctes = new ArrayDeque<>();
  private final Set<String> defining = new LinkedHashSet<>();
  private final Set<DatasetRef> inputs = new LinkedHashSet<>();

  QueryLineage(
      String namespace, String defaultSchema, SchemaCatalog catalog, Consumer<String> problems) {
    this.namespace = namespace;
    this.defaultSchema = defaultSchema;
    this.catalog = catalog;
    this.problems = problems;
    this.expressions = new ExpressionLineage(this, problems);
    this.references = new OutputReferences(expressions, problems);
    this.selectList = new SelectList(expressions, problems);
  }

  Set<DatasetRef> inputs() {
    return inputs;
  }

  ExpressionLineage expressions() {
    return expressions;
  }

  DatasetRef dataset(Table table) {
    return Names.dataset(table, namespace, defaultSchema);
  }

  /** A table as a FROM item (for UPDATE's target): a base table entry, recorded as read. */
  Scope.Entry tableEntry(Table table) {
    DatasetRef ref = dataset(table);
    inputs.add(ref);
    return new Scope.Entry(
        Names.alias(table.getAlias()), ref, catalog.columns(ref).orElse(null), null);
  }

  Relation select(Select select, Scope parent) {
    boolean pushed = false;
    if (select.getWithItemsList() != null && !select.getWithItemsList().isEmpty()) {
      ctes.push(new HashMap<>());
      pushed = true;
      for (WithItem<?> w : select.getWithItemsList()) {
        withItem(w, parent);
      }
    }
    try {
      Relation body;
      if (select instanceof ParenthesedSelect p) {
        body = select(p.getSelect(), parent);
      } else if (select instanceof PlainSelect p) {
        body = plain(p, parent);
      } else if (select instanceof SetOperationList s) {
        body = setOperation(s, parent);
      } else if (select instanceof Values) {
        body = new Relation(List.of(), Set.of(), false);
      } else {
        problems.accept("unsupported query form: " + select.getClass().getSimpleName());
        body = new Relation(List.of(), Set.of(), false);
      }
      return body;
    } finally {
      if (pushed) {
        ctes.pop();
      }
    }
  }

  /** A statement-level WITH (INSERT's, UPDATE's): its CTEs stay visible for the statement. */
  void statementWith(List<WithItem<?>> items) {
    if (items != null && !items.isEmpty()) {
      ctes.push(new HashMap<>());
      for (WithItem<?> w : items) {
        withItem(w, null);
      }
    }
  }

  private void withItem(WithItem<?> w, Scope parent) {
    String name = Names.identifier(w.getAliasName());
    if (w.getSelect() == null) {
      problems.accept("CTE " + name + " is not a query; skipped");
      return;
    }
    defining.add(name);
    Relation r;
    try {
      r = select(w.getSelect(), parent);
    } finally {
      defining.remove(name);
    }
    List<SelectItem<?>> names = w.getWithItemList();
    if (names != null && !names.isEmpty()) {
      r =
          rename(
              r, names.stream().map(i -> Names.identifier(i.toString())).toList(), "CTE " + name);
    }
    ctes.peek().put(name, r);
  }

  private Relation rename(Relation r, List<String> names, String what) {
    if (!r.complete() || names.size() != r.columns().size()) {
      problems.accept(
          what + " names " + names.size() + " columns but its query has " + r.columns().size());
      return r;
    }
    List<Relation.Column> renamed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      renamed.add(new Relation.Column(names.get(i), r.columns().get(i).lineage()));
    }
    return new Relation(renamed, r.rowIndirect(), true);
  }

  private Relation setOperation(SetOperationList s, Scope parent) {
    List<Relation> branches = new ArrayList<>();
    for (Select branch : s.getSelects()) {
      branches.add(select(branch, parent));
    }
    Relation first = branches.get(0);
    Set<Lineage.Indirect> row = new LinkedHashSet<>();
    List<Relation.Column> columns = new ArrayList<>();
    boolean complete = branches.stream().allMatch(Relation::complete);
    for (int i = 0; i < first.columns().size(); i++) {
      Lineage merged = new Lineage();
      for (Relation b : branches) {
        if (i < b.columns().size()) {
          merged.merge(b.columns().get(i).lineage());
        }
      }
      columns.add(new Relation.Column(first.columns().get(i).name(), merged));
    }
    for (Relation b : branches) {
      row.addAll(b.rowIndirect());
      if (b.complete() && complete && b.columns().size() != first.columns().size()) {
        problems.accept("set operation branches have different numbers of columns");
      }
    }
    Relation result = new Relation(columns, row, complete);
    Lineage sort = new Lineage();
    if (s.getOrderByElements() != null) {
      for (OrderByElement o : s.getOrderByElements()) {
        sort.mergeAsIndirect(
            references.output(o.getExpression(), result), TransformationSubtype.SORT);
      }
    }
    sort.indirect().forEach(result.rowIndirect()::add);
    return result;
  }

  private Relation plain(PlainSelect p, Scope parent) {
    Scope scope = new Scope(parent);
    Set<Lineage.Indirect> row = new LinkedHashSet<>();
    if (p.getFromItem() != null) {
      fromItem(p.getFromItem(), scope, row);
    }
    if (p.getJoins() != null) {
      for (Join j : p.getJoins()) {
        join(j, scope, row);
      }
    }
    List<Relation.Column> columns = new ArrayList<>();
    boolean complete = selectList.columns(p.getSelectItems(), scope, columns);
    Relation output = new Relation(columns, Set.of(), complete);
    Lineage indirect = new Lineage();
    if (p.getWhere() != null) {
      indirect.merge(expressions.asIndirect(p.getWhere(), scope, TransformationSubtype.FILTER));
    }
    if (p.getGroupBy() != null && p.getGroupBy().getGroupByExpressionList() != null) {
      for (Object g : p.getGroupBy().getGroupByExpressionList()) {
        indirect.mergeAsIndirect(
            references.groupBy((Expression) g, scope, output), TransformationSubtype.GROUP_BY);
      }
    }
    if (p.getHaving() != null) {
      indirect.merge(expressions.asIndirect(p.getHaving(), scope, TransformationSubtype.FILTER));
    }
    if (p.getQualify() != null) {
      indirect.merge(expressions.asIndirect(p.getQualify(), scope, TransformationSubtype.FILTER));
    }
    if (p.getOrderByElements() != null) {
      for (OrderByElement o : p.getOrderByElements()) {
        indirect.mergeAsIndirect(
            references.orderBy(o.getExpression(), scope, output), TransformationSubtype.SORT);
      }
    }
    row.addAll(indirect.indirect());
    return new Relation(columns, row, complete);
  }

  private void join(Join j, Scope scope, Set<Lineage.Indirect> row) {
    List<Scope.Entry> left = List.copyOf(scope.entries());
    fromItem(j.getRightItem(), scope, row);
    Scope.Entry right = scope.entries().get(scope.entries().size() - 1);
    if (j.getOnExpressions() != null) {
      for (Expression on : j.getOnExpressions()) {
        row.addAll(expressions.asIndirect(on, scope, TransformationSubtype.JOIN).indirect());
      }
    }
    if (j.getUsingColumns() != null) {
      for (Column c : j.getUsingColumns()) {
        String name = Names.identifier(c.getColumnName());
        Lineage using = new Lineage();
        using.merge(right.lineage(name));
        List<Scope.Entry> owners =
            left.stream().filter(e -> !e.knowsColumns() || e.has(name)).toList();
        if (owners.size() == 1) {
          using.merge(owners.get(0).lineage(name));
        } else {
          problems.accept("USING (" + name + "): cannot tell which left-hand table has it");
        }
        row.addAll(new Lineage().mergeAsIndirect(using, TransformationSubtype.JOIN).indirect());
      }
    }
  }

  private void fromItem(FromItem item, Scope scope, Set<Lineage.Indirect> row) {
    if (item instanceof Table t) {
      String name = Names.identifier(t.getName());
      Optional<Relation> cte =
          t.getSchemaName() == null ? Optional.ofNullable(cte(name)) : Optional.empty();
      if (t.getSchemaName() == null && defining.contains(name)) {
        problems.accept(
            "recursive CTE " + name + " is not supported; its self-reference is skipped");
        scope.add(new Scope.Entry(Names.alias(t.getAlias(), name), null, null, emptyRelation()));
      } else if (cte.isPresent()) {
        scope.add(new Scope.Entry(Names.alias(t.getAlias(), name), null, null, cte.get()));
        row.addAll(cte.get().rowIndirect());
      } else {
        scope.add(tableEntry(t));
      }
    } else if (item instanceof ParenthesedSelect p) {
      boolean lateral = item instanceof net.sf.jsqlparser.statement.select.LateralSubSelect;
      Relation r = select(p.getSelect(), lateral ? scope : scope.parentOrNull());
      String alias = Names.alias(p.getAlias());
      if (p.getAlias() != null && p.getAlias().getAliasColumns() != null) {
        r =
            rename(
                r,
                p.getAlias().getAliasColumns().stream().map(c -> Names.identifier(c.name)).toList(),
                "subquery " + alias);
      }
      scope.add(new Scope.Entry(alias, null, null, r));
      row.addAll(r.rowIndirect());
    } else {
      problems.accept(
          "unsupported FROM item "
              + item.getClass().getSimpleName()
              + ": "
              + item
              + "; its columns are not resolved");
      scope.add(new Scope.Entry(Names.alias(item.getAlias()), null, null, emptyRelation()));
    }
  }

  private static Relation emptyRelation() {
    return new Relation(List.of(), Set.of(), false);
  }

  private Relation cte(String name) {
    for (Map<String, Relation> level : ctes) {
      Relation r = level.get(name);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /**
   * Adds a FROM item (UPDATE … FROM) to {@code scope}; what shapes its rows goes to {@code row}.
   */
  void fromInto(FromItem item, Scope scope, Lineage row) {
    Set<Lineage.Indirect> into = new LinkedHashSet<>();
    fromItem(item, scope, into);
    into.forEach(i -> row.addIndirect(i.source(), i.subtype()));
  }

  /** Adds joined items to {@code scope}; join keys and what shapes their rows go to {@code row}. */
  void joinsInto(List<Join> joins, Scope scope, Lineage row) {
    Set<Lineage.Indirect> into = new LinkedHashSet<>();
    for (Join j : joins) {
      join(j, scope, into);
    }
    into.forEach(i -> row.addIndirect(i.source(), i.subtype()));
  }

  /** The lineage of each expression in a list (UPDATE's SET values). */
  List<Lineage> each(ExpressionList<?> list, Scope scope) {
    List<Lineage> result = new ArrayList<>();
    for (Expression e : list) {
      result.add(expressions.of(e, scope));
    }
    return result;
  }
}
