package org.pactum.lineage.sql;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import org.pactum.lineage.core.ColumnEdge;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.ContractDatasets;
import org.pactum.lineage.core.ContractLookup;
import org.pactum.lineage.core.DatasetRef;
import org.pactum.lineage.core.LineageException;
import org.pactum.lineage.core.SqlLineage;
import org.pactum.lineage.core.SqlLineageResult;
import org.pactum.lineage.core.SqlProblem;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * Column lineage from SQL (PostgreSQL dialect, parsed with JSqlParser): {@code INSERT … SELECT},
 * {@code CREATE TABLE … AS}, {@code CREATE VIEW}, {@code UPDATE … SET}, with CTEs, subqueries,
 * joins, set operations, aggregates, CASE and window functions.
 *
 * <p>Each output column gets DIRECT edges from the columns whose values flow into it (IDENTITY,
 * TRANSFORMATION or AGGREGATION; masked through hashes and {@code count}), and INDIRECT edges from
 * the columns of its CASE conditions (CONDITIONAL) and window clauses (WINDOW) and from the columns
 * that shape every row: join keys (JOIN), WHERE/HAVING/QUALIFY (FILTER), GROUP BY (GROUP_BY) and
 * ORDER BY (SORT). Table names are resolved as {@code schema.table} (the default schema filled in)
 * in the given namespace; {@code *} and unqualified columns are resolved through the {@link
 * SchemaCatalog}. What cannot be resolved is reported as a {@link SqlProblem}, never guessed.
 * Statements other than the four above are reported as skipped.
 */
public final class SqlLineageAnalyzer implements SqlLineage {
  private final SchemaCatalog catalog;
  private final String defaultSchema;

  /** The analyzer over the contract catalog's schemas (the one the lineage service uses). */
  public static SqlLineageAnalyzer overContracts(ContractLookup contracts, String defaultSchema) {
    return new SqlLineageAnalyzer(
        new ContractSchemaCatalog(contracts, new ContractDatasets(defaultSchema)), defaultSchema);
  }

  public SqlLineageAnalyzer(SchemaCatalog catalog, String defaultSchema) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.defaultSchema = Objects.requireNonNull(defaultSchema, "defaultSchema");
  }

  /**
   * @throws LineageException (INVALID_FIELD, naming {@code sql}) when the script does not parse
   */
  @Override
  public SqlLineageResult analyze(String sql, String namespace) {
    if (sql == null || sql.isBlank()) {
      throw LineageException.invalid("sql is empty");
    }
    SqlBounds.check(sql);
    try {
      return analyzeParsed(parse(sql), namespace);
    } catch (StackOverflowError e) {
      throw LineageException.invalid(
          "sql is nested too deeply to analyse; split the statement, or use CTEs");
    }
  }

  private static Statements parse(String sql) {
    try {
      return CCJSqlParserUtil.parseStatements(sql);
    } catch (JSQLParserException e) {
      throw LineageException.invalid("sql does not parse: " + firstLine(e));
    } catch (RuntimeException e) {
      // the parser's own failure on input it should have refused (e.g. a NullPointerException)
      throw LineageException.invalid("sql does not parse: the parser failed on this input");
    }
  }

  private SqlLineageResult analyzeParsed(Statements statements, String namespace) {
    Set<DatasetRef> inputs = new LinkedHashSet<>();
    Set<DatasetRef> outputs = new LinkedHashSet<>();
    Set<ColumnEdge> edges = new LinkedHashSet<>();
    List<SqlProblem> problems = new ArrayList<>();
    int n = 0;
    for (Statement statement : statements) {
      int number = ++n;
      QueryLineage q =
          new QueryLineage(
              namespace, defaultSchema, catalog, m -> problems.add(new SqlProblem(number, m)));
      statement(statement, q, outputs, edges, m -> problems.add(new SqlProblem(number, m)));
      inputs.addAll(q.inputs());
    }
    return new SqlLineageResult(
        List.copyOf(inputs), List.copyOf(outputs), List.copyOf(edges), problems);
  }

  private static String firstLine(JSQLParserException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String m = String.valueOf(cause.getMessage());
    int nl = m.indexOf('\n');
    String line =
        (nl > 0 ? m.substring(0, nl) : m).replaceFirst("^[\\w.$]+(Exception|Error):\\s*", "");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  private void statement(
      Statement statement,
      QueryLineage q,
      Set<DatasetRef> outputs,
      Set<ColumnEdge> edges,
      Consumer<String> problems) {
    if (statement instanceof Insert insert) {
      DatasetRef target = q.dataset(insert.getTable());
      outputs.add(target);
      q.statementWith(insert.getWithItemsList());
      if (insert.getSelect() == null) {
        return;
      }
      Relation r = q.select(insert.getSelect(), null);
      List<String> columns;
      if (insert.getColumns() != null && !insert.getColumns().isEmpty()) {
        columns =
            insert.getColumns().stream().map(c -> Names.identifier(c.getColumnName())).toList();
      } else {
        columns = catalog.columns(target).orElse(null);
        if (columns == null) {
          problems.accept(
              "INSERT INTO "
                  + target.name()
                  + " has no column list and no schema is known for it: column lineage skipped");
          return;
        }
      }
      write(target, columns, r, edges, problems);
    } else if (statement instanceof CreateTable create && create.getSelect() != null) {
      DatasetRef target = q.dataset(create.getTable());
      outputs.add(target);
      Relation r = q.select(create.getSelect(), null);
      List<String> names =
          create.getColumns() != null && !create.getColumns().isEmpty()
              ? create.getColumns().stream().map(Names::identifier).toList()
              : named(r, target, problems);
      write(target, names, r, edges, problems);
    } else if (statement instanceof CreateView view) {
      DatasetRef target = q.dataset(view.getView());
      outputs.add(target);
      Relation r = q.select(view.getSelect(), null);
      List<String> names =
          view.getColumnNames() != null && !view.getColumnNames().isEmpty()
              ? view.getColumnNames().stream()
                  .map(c -> Names.identifier(c.getColumnName()))
                  .toList()
              : named(r, target, problems);
      write(target, names, r, edges, problems);
    } else if (statement instanceof Update update) {
      update(update, q, outputs, edges, problems);
    } else if (statement instanceof Select select) {
      q.select(select, null); // reads only: inputs, no edges
    } else {
      problems.accept(
          statement.getClass().getSimpleName().toUpperCase(Locale.ROOT)
              + " statement has no column lineage; skipped");
    }
  }

  private static List<String> named(Relation r, DatasetRef target, Consumer<String> problems) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < r.columns().size(); i++) {
      String name = r.columns().get(i).name();
      if (name == null) {
        problems.accept(
            "output column " + (i + 1) + " of " + target.name() + " has no name: give it an alias");
      }
      names.add(name);
    }
    return names;
  }

  private static void write(
      DatasetRef target,
      List<String> columns,
      Relation r,
      Set<ColumnEdge> edges,
      Consumer<String> problems) {
    if (!r.complete()) {
      problems.accept(
          "the columns written to " + target.name() + " are not all known: column lineage skipped");
      return;
    }
    if (columns.size() != r.columns().size()) {
      problems.accept(
          target.name()
              + ": "
              + columns.size()
              + " target columns but the query has "
              + r.columns().size()
              + ": column lineage skipped");
      return;
    }
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) != null) {
        edgesInto(
            new ColumnRef(target, columns.get(i)),
            r.columns().get(i).lineage(),
            r.rowIndirect(),
            edges);
      }
    }
  }

  private static void edgesInto(
      ColumnRef target, Lineage value, Set<Lineage.Indirect> row, Set<ColumnEdge> edges) {
    value
        .direct()
        .forEach((c, f) -> edges.add(new ColumnEdge(c, target, f.subtype(), f.masking())));
    value
        .indirect()
        .forEach(i -> edges.add(new ColumnEdge(i.source(), target, i.subtype(), false)));
    row.forEach(i -> edges.add(new ColumnEdge(i.source(), target, i.subtype(), false)));
  }

  private void update(
      Update update,
      QueryLineage q,
      Set<DatasetRef> outputs,
      Set<ColumnEdge> edges,
      Consumer<String> problems) {
    Table table = update.getTable();
    DatasetRef target = q.dataset(table);
    outputs.add(target);
    q.statementWith(update.getWithItemsList());
    Scope scope = new Scope(null);
    Scope.Entry self = q.tableEntry(table);
    scope.add(self);
    Lineage row = new Lineage();
    if (update.getStartJoins() != null && !update.getStartJoins().isEmpty()) {
      q.joinsInto(update.getStartJoins(), scope, row);
    }
    if (update.getFromItem() != null) {
      q.fromInto(update.getFromItem(), scope, row);
    }
    if (update.getJoins() != null) {
      q.joinsInto(update.getJoins(), scope, row);
    }
    if (update.getWhere() != null) {
      row.merge(q.expressions().asIndirect(update.getWhere(), scope, TransformationSubtype.FILTER));
    }
    for (UpdateSet set : update.getUpdateSets()) {
      List<Column> columns = set.getColumns();
      List<Lineage> values = q.each(set.getValues(), scope);
      if (values.size() == 1
          && columns.size() > 1
          && set.getValues().get(0) instanceof Select sub) {
        Relation r = q.select(sub, scope);
        values = r.columns().stream().map(c -> c.lineage().copy()).toList();
        r.rowIndirect().forEach(i -> row.addIndirect(i.source(), i.subtype()));
      }
      if (values.size() != columns.size()) {
        problems.accept(
            "SET " + set + ": " + columns.size() + " columns but " + values.size() + " values");
        continue;
      }
      for (int i = 0; i < columns.size(); i++) {
        ColumnRef to = new ColumnRef(target, Names.identifier(columns.get(i).getColumnName()));
        edgesInto(to, values.get(i), row.indirect(), edges);
      }
    }
  }
}
