package org.pactum.checks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DialectTest {
  private final Dialect pg = new PostgresDialect();
  private final Dialect duck = new DuckDbDialect();

  @Test
  void quotesIdentifiersDoublingQuotes() {
    assertThat(pg.quote("order")).isEqualTo("\"order\"");
    assertThat(pg.quote("my \"odd\" col")).isEqualTo("\"my \"\"odd\"\" col\"");
    assertThatThrownBy(() -> pg.quote("a\u0000b")).isInstanceOf(InvalidReferenceException.class);
    assertThatThrownBy(() -> pg.quote("")).isInstanceOf(InvalidReferenceException.class);
    assertThatThrownBy(() -> pg.quote("x".repeat(64))).hasMessageContaining("longer than 63");
  }

  @Test
  void tableReferences() {
    assertThat(pg.table("public.orders").sql()).isEqualTo("\"public\".\"orders\"");
    assertThat(pg.table("\"my schema\".\"Order \"\"items\"\"\"").sql())
        .isEqualTo("\"my schema\".\"Order \"\"items\"\"\"");
    assertThat(pg.table("c.s.t").sql()).isEqualTo("\"c\".\"s\".\"t\"");
    assertThatThrownBy(() -> pg.table("a.b.c.d")).hasMessageContaining("more than three parts");
    assertThatThrownBy(() -> pg.table("orders; drop table x"))
        .hasMessageStartingWith("dataset.table: 'orders; drop table x' is not a table reference");
    assertThatThrownBy(() -> pg.table("read_parquet('x.parquet')"))
        .hasMessageContaining("only supported on DuckDB");
  }

  @Test
  void tableNamesAndIdentifiersFollowTheRulesSharedWithErasure() {
    // a quoted part may hold a parenthesis: only a name the rules refuse is read as a function
    assertThat(pg.table("\"orders (old)\"").sql()).isEqualTo("\"orders (old)\"");
    assertThat(duck.table("s.\"orders (old)\"").sql()).isEqualTo("\"s\".\"orders (old)\"");
    assertThatThrownBy(() -> pg.table("s.\"a\u202Eb\""))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessageStartingWith("dataset.table: identifier 'a?b' contains")
        .hasMessageContaining("(U+202E)");
    // PostgreSQL counts bytes: 22 three-byte characters would be truncated to another name
    assertThatThrownBy(() -> pg.quote("日".repeat(22)))
        .isInstanceOf(InvalidReferenceException.class)
        .hasMessageContaining("longer than 63 bytes");
  }

  @Test
  void duckDbFileFunctionsTakeAnEscapedPathLiteral() {
    assertThat(duck.table("read_parquet('/lake/it''s.parquet')").sql())
        .isEqualTo("read_parquet('/lake/it''s.parquet')");
    assertThat(duck.table("READ_CSV( 's3://b/k/*.csv' )").sql())
        .isEqualTo("read_csv('s3://b/k/*.csv')");
    assertThatThrownBy(() -> duck.table("read_parquet('x') union select 1"))
        .isInstanceOf(InvalidReferenceException.class);
    assertThatThrownBy(() -> duck.table("read_parquet('x'); drop table t"))
        .isInstanceOf(InvalidReferenceException.class);
    assertThatThrownBy(() -> duck.table("glob('*')")).hasMessageContaining("read_parquet('path')");
  }

  @Test
  void nanHandlingDiffers() {
    assertThat(pg.isNan("\"v\"", ColumnKind.FLOAT)).contains("\"v\" = 'NaN'");
    assertThat(pg.isNan("\"v\"", ColumnKind.DECIMAL)).isPresent(); // numeric holds NaN too
    assertThat(duck.isNan("\"v\"", ColumnKind.FLOAT)).contains("isnan(\"v\")");
    assertThat(duck.isNan("\"v\"", ColumnKind.DECIMAL)).isEmpty();
    assertThat(pg.isNan("\"v\"", ColumnKind.INTEGER)).isEmpty();
  }

  @Test
  void picksTheDialectFromTheProductName() {
    assertThat(Dialects.forProduct("PostgreSQL")).get().isInstanceOf(PostgresDialect.class);
    assertThat(Dialects.forProduct("DuckDB")).get().isInstanceOf(DuckDbDialect.class);
    assertThat(Dialects.forProduct("Oracle")).isEmpty();
  }

  @Test
  void singleStatementIgnoresSemicolonsInLiteralsAndComments() {
    assertThat(SqlText.singleStatement("select ';' from t;  ")).isTrue();
    assertThat(SqlText.singleStatement("select 1 -- ; x\n")).isTrue();
    assertThat(SqlText.singleStatement("select 1; select 2")).isFalse();
    assertThat(SqlText.singleStatement("commit; delete from t")).isFalse();
  }
}
