package org.pactum.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.api.EdgeCodes;
import org.pactum.api.InvalidInputException;

class QueryFlagsTest {
  @Test
  void trueOrFalseInAnyCaseAndAbsentIsTheDefault() {
    assertThat(QueryFlags.parse("permanent", "true", false)).isTrue();
    assertThat(QueryFlags.parse("permanent", "TRUE", false)).isTrue();
    assertThat(QueryFlags.parse("edges", "False", true)).isFalse();
    assertThat(QueryFlags.parse("edges", "false", true)).isFalse();
    assertThat(QueryFlags.parse("edges", null, true)).isTrue();
    assertThat(QueryFlags.parse("overdue", null, false)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "yes", "1", "0", "on", " true", "truee", "\u00ff"})
  void anythingElseIsA400NamingTheParameter(String value) {
    assertThatThrownBy(() -> QueryFlags.parse("expired", value, false))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("expired");
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.code()).isEqualTo(EdgeCodes.INVALID_PARAMETER);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "query parameter 'expired' must be true or false, got '" + value + "'");
            });
  }
}
