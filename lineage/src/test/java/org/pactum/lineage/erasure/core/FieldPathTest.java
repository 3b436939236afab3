package org.pactum.lineage.erasure.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pactum.warehouse.InvalidIdentifierException;

/** PII fields: columns or dotted jsonb paths, every part an identifier by the shared rules. */
class FieldPathTest {
  @Test
  void aColumnIsQuotedAndHasNoPath() {
    FieldPath f = FieldPath.parse("e-mail");
    assertThat(f.nested()).isFalse();
    assertThat(f.columnSql()).isEqualTo("\"e-mail\"");
    assertThatThrownBy(f::pathSql).isInstanceOf(IllegalStateException.class);
    assertThat(FieldPath.quotedColumn("Customer \"Id\"")).isEqualTo("\"Customer \"\"Id\"\"\"");
  }

  @Test
  void jsonbKeysBecomeEscapeStringLiterals() {
    FieldPath f = FieldPath.parse("card.last4");
    assertThat(f.columnSql()).isEqualTo("\"card\"");
    assertThat(f.pathSql()).isEqualTo("array[E'last4']");
    assertThat(FieldPath.parse("doc.it's.a\\b").pathSql()).isEqualTo("array[E'it''s', E'a\\\\b']");
    assertThat(FieldPath.parse("doc.x'); drop table t; --").pathSql())
        .isEqualTo("array[E'x''); drop table t; --']");
  }

  @Test
  void refusesWhatTheIdentifierRulesRefuseAndDottedKeyColumns() {
    for (String bad :
        new String[] {"", "a..b", ".a", "a.", "a\u0000b", "a.\u202Eb", "x".repeat(64)}) {
      assertThat(FieldPath.isValid(bad)).as(bad).isFalse();
      assertThatThrownBy(() -> FieldPath.parse(bad))
          .as(bad)
          .isInstanceOf(InvalidIdentifierException.class);
    }
    assertThat(FieldPath.isValid(null)).isFalse();
    assertThat(FieldPath.isColumn("card.last4")).isFalse();
    assertThat(FieldPath.isColumn("card")).isTrue();
    assertThatThrownBy(() -> FieldPath.quotedColumn("card.last4"))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
