package org.pactum.checks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.checks.Contracts.AT;
import static org.pactum.checks.Contracts.between;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.contracts.model.Bounds;
import org.pactum.contracts.model.SqlCheck;

class CustomSqlCompilerTest {
  private static final ColumnInfo AMOUNT = new ColumnInfo("amount", ColumnKind.FLOAT, "float8");
  private final CustomSqlCompiler compiler = new CustomSqlCompiler(new PostgresDialect());

  private static ResolvedCheck check(String query) {
    return new ResolvedCheck(
        new SqlCheck("c", query, "amount", between(null, 0.0), Bounds.NONE, AT),
        0,
        List.of(AMOUNT));
  }

  private String folded(String query) {
    ResolvedCheck rc = check(query);
    return compiler.foldable(rc, (SqlCheck) rc.check()).map(Fragment::sql).orElse(null);
  }

  @Test
  void countWhereFoldsWithTheColumnQuoted() {
    assertThat(folded("select count(*) from {table} where {column} < 0"))
        .isEqualTo("count(*) filter (where (\"amount\" < 0))");
    assertThat(folded("\n  SELECT Count( * )\nFROM {table}\nWHERE placed_at > now();;  "))
        .isEqualTo("count(*) filter (where (placed_at > now()))");
    assertThat(folded("select count(*) from {table} where s = 'a '' from b' and \"order\" > 1"))
        .isEqualTo("count(*) filter (where (s = 'a '' from b' and \"order\" > 1))");
    assertThat(folded("select count(*) from {table} where a is distinct from b"))
        .isEqualTo("count(*) filter (where (a is distinct from b))");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select count(*) from {table}",
        "select sum(amount) from {table} where amount > 0",
        "select count(*) from {table} t where t.amount > 0",
        "select count(*) from {table} where amount in (select x from other)",
        "select count(*) from {table} where amount > 0 group by amount",
        "select count(*) from {table} where amount > 0 union select 1",
        "select count(*) from {table} where amount > 0) or (true",
        "select count(*) from {table} where (amount > 0",
        "select count(*) from {table} where amount > 0 -- and the rest",
        "select count(*) from {table} where amount > 0 /* c */",
        "select count(*) from {table} where amount > ?",
        "select count(*) from {table} where s = $$x$$",
        "select count(*) from {table} where s = 'unterminated",
        "select count(*) from {table} where amount > 0 window w as ()",
        "select count(*) from {table} where s = E'\\\\'' ",
        "select count(*) from {table} where amount > (table other)",
        "select count(*) from {table} where exists (values (1))",
        "select count(*) from {table} where a > 0; delete from {table}",
        "select count(*) from {table} where a in (select a from {table})"
      })
  void anythingButAPlainPredicateRunsAsItsOwnStatement(String query) {
    assertThat(folded(query)).isNull();
  }

  @Test
  void columnPlaceholderWithoutAColumnIsLeftToTheSeparateStatement() {
    ResolvedCheck rc =
        new ResolvedCheck(
            new SqlCheck(
                "c",
                "select count(*) from {table} where {column} < 0",
                null,
                between(null, 0.0),
                Bounds.NONE,
                AT),
            0,
            List.of());
    assertThat(compiler.foldable(rc, (SqlCheck) rc.check())).isEmpty();
  }
}
