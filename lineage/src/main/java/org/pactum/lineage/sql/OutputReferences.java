package org.pactum.lineage.sql;

import java.util.Optional;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.schema.Column;

/**
 * Resolves what a GROUP BY or ORDER BY item refers to, in PostgreSQL's order: an output column by
 * name or position, or an expression over the input columns.
 */
final class OutputReferences {
  private final ExpressionLineage expressions;
  private final Consumer<String> problems;

  OutputReferences(ExpressionLineage expressions, Consumer<String> problems) {
    this.expressions = expressions;
    this.problems = problems;
  }

  /** An output column by unqualified name or 1-based position. */
  Lineage output(Expression e, Relation r) {
    if (e instanceof Column c && c.getTable() == null) {
      Optional<Relation.Column> col = r.column(Names.identifier(c.getColumnName()));
      if (col.isPresent()) {
        return col.get().lineage();
      }
    }
    if (e instanceof LongValue n && n.getValue() >= 1 && n.getValue() <= r.columns().size()) {
      return r.columns().get((int) n.getValue() - 1).lineage();
    }
    problems.accept("cannot resolve " + e + " against the query's output columns");
    return new Lineage();
  }

  /** GROUP BY: an input column first (PostgreSQL's rule), else an output name or position. */
  Lineage groupBy(Expression e, Scope scope, Relation output) {
    if (e instanceof Column c && c.getTable() == null) {
      String name = Names.identifier(c.getColumnName());
      Optional<Lineage> input = scope.resolve(null, name, null);
      if (input.isPresent()) {
        return input.get();
      }
      if (output.column(name).isPresent()) {
        return output.column(name).get().lineage();
      }
    }
    if (e instanceof LongValue) {
      return output(e, output);
    }
    return expressions.of(e, scope);
  }

  /** ORDER BY: an output name or position first (PostgreSQL's rule), else an input expression. */
  Lineage orderBy(Expression e, Scope scope, Relation output) {
    if (e instanceof Column c && c.getTable() == null) {
      Optional<Relation.Column> col = output.column(Names.identifier(c.getColumnName()));
      if (col.isPresent()) {
        return col.get().lineage();
      }
    }
    if (e instanceof LongValue) {
      return output(e, output);
    }
    return expressions.of(e, scope);
  }
}
