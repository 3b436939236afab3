package org.pactum.lineage.sql;

import java.util.List;
import java.util.function.Consumer;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.Select;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * The lineage of one expression in a scope: a column reference is IDENTITY, an aggregate
 * AGGREGATION (masked for {@code count} and hashes), any other function or operator TRANSFORMATION;
 * CASE conditions are INDIRECT CONDITIONAL, a window's PARTITION BY / ORDER BY INDIRECT WINDOW; a
 * subquery contributes its output columns and everything that filters them.
 */
final class ExpressionLineage {
  private final QueryLineage queries;
  private final Consumer<String> problems;

  ExpressionLineage(QueryLineage queries, Consumer<String> problems) {
    this.queries = queries;
    this.problems = problems;
  }

  Lineage of(Expression e, Scope scope) {
    if (e == null || e instanceof AllColumns || e instanceof AllTableColumns) {
      return new Lineage();
    }
    if (e instanceof Column c) {
      String qualifier = c.getTable() == null ? null : Names.identifier(c.getTable().getName());
      return scope
          .resolve(qualifier, Names.identifier(c.getColumnName()), problems)
          .orElseGet(Lineage::new);
    }
    if (e instanceof Parenthesis p) {
      return of(p.getExpression(), scope);
    }
    if (e instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
      return of(list.get(0), scope);
    }
    if (e instanceof CastExpression cast) {
      return new Lineage()
          .mergeThrough(
              of(cast.getLeftExpression(), scope), TransformationSubtype.TRANSFORMATION, false);
    }
    if (e instanceof AnalyticExpression a) {
      return window(a, scope);
    }
    if (e instanceof Function f) {
      return function(f, scope);
    }
    if (e instanceof CaseExpression c) {
      return caseWhen(c, scope);
    }
    if (e instanceof Select s) {
      return subquery(s, scope);
    }
    Lineage result = new Lineage();
    e.accept(new Parts(scope, result), null);
    return result;
  }

  /** Every column the expression touches, as INDIRECT with {@code subtype}. */
  Lineage asIndirect(Expression e, Scope scope, TransformationSubtype subtype) {
    return new Lineage().mergeAsIndirect(of(e, scope), subtype);
  }

  private Lineage function(Function f, Scope scope) {
    String name = f.getName() == null ? "" : f.getName();
    TransformationSubtype step =
        FunctionKinds.aggregate(name)
            ? TransformationSubtype.AGGREGATION
            : TransformationSubtype.TRANSFORMATION;
    Lineage args = list(f.getParameters(), scope);
    if (f.getNamedParameters() != null) {
      f.getNamedParameters().getExpressions().forEach(x -> args.merge(of((Expression) x, scope)));
    }
    Lineage result = new Lineage().mergeThrough(args, step, FunctionKinds.masking(name));
    orderBy(f.getOrderByElements(), scope, result, TransformationSubtype.SORT);
    return result;
  }

  private Lineage window(AnalyticExpression a, Scope scope) {
    String name = a.getName() == null ? "" : a.getName();
    TransformationSubtype step =
        FunctionKinds.aggregate(name)
            ? TransformationSubtype.AGGREGATION
            : TransformationSubtype.TRANSFORMATION;
    Lineage args = of(a.getExpression(), scope);
    args.merge(of(a.getOffset(), scope)).merge(of(a.getDefaultValue(), scope));
    Lineage result = new Lineage().mergeThrough(args, step, FunctionKinds.masking(name));
    if (a.getFilterExpression() != null) {
      result.mergeAsIndirect(of(a.getFilterExpression(), scope), TransformationSubtype.FILTER);
    }
    if (a.getPartitionExpressionList() != null) {
      for (Object p : a.getPartitionExpressionList()) {
        result.mergeAsIndirect(of((Expression) p, scope), TransformationSubtype.WINDOW);
      }
    }
    orderBy(a.getOrderByElements(), scope, result, TransformationSubtype.WINDOW);
    if (a.getWindowName() != null && a.getPartitionExpressionList() == null) {
      problems.accept("named window " + a.getWindowName() + " is not resolved; inline it");
    }
    return result;
  }

  private Lineage caseWhen(CaseExpression c, Scope scope) {
    Lineage result = new Lineage();
    if (c.getSwitchExpression() != null) {
      result.mergeAsIndirect(of(c.getSwitchExpression(), scope), TransformationSubtype.CONDITIONAL);
    }
    for (WhenClause w : c.getWhenClauses()) {
      result.mergeAsIndirect(of(w.getWhenExpression(), scope), TransformationSubtype.CONDITIONAL);
      result.mergeThrough(
          of(w.getThenExpression(), scope), TransformationSubtype.TRANSFORMATION, false);
    }
    result.mergeThrough(
        of(c.getElseExpression(), scope), TransformationSubtype.TRANSFORMATION, false);
    return result;
  }

  private Lineage subquery(Select s, Scope scope) {
    Relation r = queries.select(s, scope);
    Lineage result = new Lineage();
    for (Relation.Column c : r.columns()) {
      result.merge(c.lineage());
    }
    r.rowIndirect().forEach(i -> result.addIndirect(i.source(), i.subtype()));
    return result;
  }

  private Lineage list(ExpressionList<?> list, Scope scope) {
    Lineage result = new Lineage();
    if (list != null) {
      for (Expression x : list) {
        result.merge(of(x, scope));
      }
    }
    return result;
  }

  void orderBy(
      List<OrderByElement> elements, Scope scope, Lineage into, TransformationSubtype subtype) {
    if (elements != null) {
      for (OrderByElement o : elements) {
        into.mergeAsIndirect(of(o.getExpression(), scope), subtype);
      }
    }
  }

  /**
   * Any other expression (operators, literals, IN, EXISTS, ...): each part it contains is analysed
   * on its own and flows through a TRANSFORMATION.
   */
  private final class Parts extends ExpressionVisitorAdapter<Void> {
    private final Scope scope;
    private final Lineage into;

    Parts(Scope scope, Lineage into) {
      this.scope = scope;
      this.into = into;
    }

    private Void part(Expression e) {
      into.mergeThrough(of(e, scope), TransformationSubtype.TRANSFORMATION, false);
      return null;
    }

    @Override
    public <S> Void visit(Column column, S context) {
      return part(column);
    }

    @Override
    public <S> Void visit(Function function, S context) {
      return part(function);
    }

    @Override
    public <S> Void visit(AnalyticExpression expression, S context) {
      return part(expression);
    }

    @Override
    public <S> Void visit(CaseExpression expression, S context) {
      return part(expression);
    }

    @Override
    public <S> Void visit(CastExpression expression, S context) {
      return part(expression);
    }

    @Override
    public <S> Void visit(net.sf.jsqlparser.statement.select.ParenthesedSelect select, S context) {
      return part(select);
    }

    @Override
    public <S> Void visit(Select select, S context) {
      return part(select);
    }
  }
}
