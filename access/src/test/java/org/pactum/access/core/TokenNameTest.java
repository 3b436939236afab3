package org.pactum.access.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenNameTest {

  @Test
  void aNameNamesOnlyItsOwnTokensPrincipal() {
    String principal = TokenName.of("ci-checkout").principalName();

    assertThat(principal).isEqualTo("token:ci-checkout");
    assertThat(TokenName.names("ci-checkout", principal)).isTrue();
    for (String other :
        new String[] {
          "ci-checkou", "ci-checkout2", "i-checkout", "token:ci-checkout", "", "CI-CHECKOUT"
        }) {
      assertThat(TokenName.names(other, principal)).as(other).isFalse();
    }
    assertThat(TokenName.names(null, principal)).isFalse();
    assertThat(TokenName.names("ci-checkout", "person:ci-checkout")).isFalse();
  }
}
