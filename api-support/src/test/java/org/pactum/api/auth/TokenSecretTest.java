package org.pactum.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Test
  void aNewSecretHasThePrefixTheLengthAndOnlyBase62() {
    String s = TokenSecret.generate(RANDOM).reveal();
    assertThat(s).startsWith("pct_").hasSize(TokenSecret.LENGTH).matches("pct_[0-9A-Za-z]{49}");
  }

  @Test
  void secretsAreUniqueAndParseBack() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      TokenSecret t = TokenSecret.generate(RANDOM);
      assertThat(seen.add(t.reveal())).isTrue();
      assertThat(TokenSecret.parse(t.reveal())).contains(t);
    }
  }

  @Test
  void everyRandomCharacterPositionVaries() {
    Set<Character>[] chars = new Set[TokenSecret.LENGTH];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = new HashSet<>();
    }
    for (int n = 0; n < 500; n++) {
      String s = TokenSecret.generate(RANDOM).reveal();
      for (int i = 0; i < s.length(); i++) {
        chars[i].add(s.charAt(i));
      }
    }
    for (int i = TokenSecret.PREFIX.length();
        i < TokenSecret.LENGTH - TokenSecret.CHECK_CHARS;
        i++) {
      assertThat(chars[i]).as("position %d", i).hasSizeGreaterThan(20);
    }
  }

  @Test
  void aMistypedTruncatedOrForeignSecretDoesNotParse() {
    String s = TokenSecret.generate(RANDOM).reveal();
    for (int i = TokenSecret.PREFIX.length(); i < s.length(); i++) {
      char c = s.charAt(i) == 'a' ? 'b' : 'a';
      String typo = s.substring(0, i) + c + s.substring(i + 1);
      assertThat(TokenSecret.parse(typo)).as("typo at %d", i).isEmpty();
    }
    assertThat(TokenSecret.parse(s.substring(0, s.length() - 1))).isEmpty();
    assertThat(TokenSecret.parse(s + "x")).isEmpty();
    assertThat(TokenSecret.parse("ghp_" + s.substring(4))).isEmpty();
    assertThat(TokenSecret.parse(s.substring(0, 10) + "-" + s.substring(11))).isEmpty();
    assertThat(TokenSecret.parse(null)).isEmpty();
  }

  @Test
  void theHashIsSha256StableAndComparedByValue() {
    TokenSecret t = TokenSecret.generate(RANDOM);
    TokenHash h = t.hash();
    assertThat(h.bytes()).hasSize(32);
    assertThat(TokenHash.fromBytes(h.bytes())).isEqualTo(h).hasSameHashCodeAs(h);
    assertThat(h.matches(TokenHash.fromBytes(h.bytes()))).isTrue();
    assertThat(h.matches(TokenSecret.generate(RANDOM).hash())).isFalse();
    assertThat(h.matches(null)).isFalse();
    assertThat(TokenHash.of("abc").bytes())
        .isEqualTo(
            java.util.HexFormat.of()
                .parseHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    assertThatThrownBy(() -> TokenHash.fromBytes(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neitherTheSecretNorItsHashPrintsTheSecret() {
    TokenSecret t = TokenSecret.generate(RANDOM);
    assertThat(t.toString()).isEqualTo("pct_***");
    assertThat(t.hash().toString()).doesNotContain(t.reveal().substring(4, 12));
  }
}
