package org.pactum.lineage.sql;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.SelectItem;

/**
 * The output columns of a SELECT list: each item's name and lineage, with {@code *} and {@code t.*}
 * expanded from the FROM items' known columns.
 */
final class SelectList {
  private final ExpressionLineage expressions;
  private final Consumer<String> problems;

  SelectList(ExpressionLineage expressions, Consumer<String> problems) {
    this.expressions = expressions;
    this.problems = problems;
  }

  /** Adds the items' columns to {@code out}; false when some column could not be resolved. */
  boolean columns(List<SelectItem<?>> items, Scope scope, List<Relation.Column> out) {
    boolean complete = true;
    for (SelectItem<?> item : items) {
      Expression e = item.getExpression();
      if (e instanceof AllTableColumns t) {
        String q = Names.identifier(t.getTable().getName());
        Optional<Scope.Entry> entry = scope.entry(q);
        if (entry.isEmpty()) {
          problems.accept("unknown table or alias " + q + " in " + q + ".*");
          complete = false;
        } else {
          complete &= expand(entry.get(), out);
        }
      } else if (e instanceof AllColumns) {
        if (scope.entries().isEmpty()) {
          problems.accept("* without a FROM clause");
          complete = false;
        }
        for (Scope.Entry entry : scope.entries()) {
          complete &= expand(entry, out);
        }
      } else {
        String name =
            item.getAlias() != null
                ? Names.identifier(item.getAlias().getName())
                : e instanceof Column c ? Names.identifier(c.getColumnName()) : null;
        out.add(new Relation.Column(name, expressions.of(e, scope)));
      }
    }
    return complete;
  }

  private boolean expand(Scope.Entry entry, List<Relation.Column> out) {
    if (entry.derived() != null) {
      for (Relation.Column c : entry.derived().columns()) {
        out.add(new Relation.Column(c.name(), c.lineage().copy()));
      }
      return entry.derived().complete();
    }
    if (entry.columns() == null) {
      problems.accept(
          "cannot expand * for "
              + entry.table().name()
              + ": no schema is known for it (add a contract, or list the columns)");
      return false;
    }
    for (String c : entry.columns()) {
      out.add(new Relation.Column(c, entry.lineage(c)));
    }
    return true;
  }
}
