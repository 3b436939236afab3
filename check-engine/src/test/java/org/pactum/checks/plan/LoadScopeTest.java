package org.pactum.checks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadScopeTest {
  @Test
  void rewritesNamedParametersToPlaceholdersInOrder() {
    LoadScope s = LoadScope.parse("loaded_at >= :since and loaded_at < :until and id = :load_id");
    assertThat(s.sql()).isEqualTo("loaded_at >= ? and loaded_at < ? and id = ?");
    assertThat(s.parameterNames()).containsExactly("since", "until", "load_id");
    Fragment f = s.bind(Map.of("since", "a", "until", "b", "load_id", 7));
    assertThat(f.params()).containsExactly("a", "b", 7);
  }

  @Test
  void leavesCastsLiteralsAndQuotedIdentifiersAlone() {
    LoadScope s =
        LoadScope.parse("\"weird:col\" = 'x :since y' and ts::date >= :since::date and a=:since");
    assertThat(s.sql()).isEqualTo("\"weird:col\" = 'x :since y' and ts::date >= ?::date and a=?");
    assertThat(s.parameterNames()).containsExactly("since", "since");
  }

  @Test
  void missingValuesAreNamed() {
    LoadScope s = LoadScope.parse("a = :load_id or b >= :since");
    assertThatThrownBy(() -> s.bind(Map.of("since", 1)))
        .isInstanceOf(ScopeException.class)
        .hasMessage("dataset.load_scope uses :load_id but the run request gave no value for it");
  }

  @Test
  void rejectsSecondStatementsAndComments() {
    assertThatThrownBy(() -> LoadScope.parse("true; drop table x"))
        .hasMessageContaining("without ';'");
    assertThatThrownBy(() -> LoadScope.parse("true -- and more")).hasMessageContaining("comments");
    // like the contract parser: no ';' at all, not even in a literal
    assertThatThrownBy(() -> LoadScope.parse("note = 'a;b'")).isInstanceOf(ScopeException.class);
    assertThat(LoadScope.parse("note = 'a:b'").parameterNames()).isEqualTo(List.of());
  }

  @Test
  void noScopeMeansTheWholeTable() {
    assertThat(LoadScope.parse(null).wholeTable()).isTrue();
    assertThat(LoadScope.parse("  ").bind(Map.of())).isNull();
  }
}
