package org.pactum.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identifier rule: what one name (a column, a field, a table part) may be. */
class IdentifierTest {
  record Accepted(String name, String sql) {}

  record Refused(String name, String why) {}

  static Stream<Accepted> accepted() {
    return Stream.of(
        new Accepted("order", "\"order\""),
        new Accepted("Order_Id$2", "\"Order_Id$2\""),
        new Accepted("my \"odd\" col", "\"my \"\"odd\"\" col\""),
        new Accepted("my \"odd\" col; drop", "\"my \"\"odd\"\" col; drop\""),
        new Accepted("bad-name", "\"bad-name\""),
        new Accepted("a.b", "\"a.b\""),
        new Accepted("-- not a comment */", "\"-- not a comment */\""),
        new Accepted("it's", "\"it's\""),
        new Accepted("Ünïcode Col", "\"Ünïcode Col\""),
        new Accepted("x".repeat(63), "\"" + "x".repeat(63) + "\""),
        new Accepted("日".repeat(21), "\"" + "日".repeat(21) + "\""), // 63 bytes
        new Accepted("😀".repeat(15), "\"" + "😀".repeat(15) + "\"")); // 60 bytes
  }

  static Stream<Refused> refused() {
    return Stream.of(
        new Refused(null, "must not be empty"),
        new Refused("", "must not be empty"),
        new Refused("a\u0000b", "control character (U+0000)"),
        new Refused("a\tb", "control character (U+0009)"),
        new Refused("a\nb", "control character (U+000A)"),
        new Refused("a\u007Fb", "control character (U+007F)"),
        new Refused("a\u0085b", "control character (U+0085)"),
        new Refused("\u202Eevil", "formatting or line-separating character (U+202E)"),
        new Refused("zero\u200Bwidth", "(U+200B)"),
        new Refused("\uFEFFbom", "(U+FEFF)"),
        new Refused("line\u2028sep", "(U+2028)"),
        new Refused("lone\uD800", "lone UTF-16 surrogate (U+D800)"),
        new Refused("x".repeat(64), "longer than 63 bytes (UTF-8: 64)"),
        new Refused("日".repeat(22), "longer than 63 bytes (UTF-8: 66)"),
        new Refused("😀".repeat(16), "longer than 63 bytes (UTF-8: 64)"));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void acceptsAndQuotes(Accepted c) {
    assertThat(Identifier.isValid(c.name())).isTrue();
    assertThat(Identifier.quote(c.name())).isEqualTo(c.sql());
    assertThat(SqlIdentifierTokens.read(c.sql())).contains(List.of(c.name()));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refuses(Refused c) {
    assertThat(Identifier.isValid(c.name())).isFalse();
    assertThatThrownBy(() -> new Identifier(c.name()))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining(c.why());
  }

  @ParameterizedTest
  @MethodSource("refused")
  void messagesNeverCarryTheRefusedCharacters(Refused c) {
    String message = Identifier.problem(c.name()).orElseThrow();
    assertThat(message.codePoints().filter(Identifier::refused)).isEmpty();
  }

  @Test
  void printableCutsLongTextOnCodePoints() {
    assertThat(Identifier.printable("😀".repeat(100)))
        .isEqualTo("😀".repeat(77) + "...")
        .doesNotContain("\uFFFD");
    assertThat(Identifier.printable("a\u0000b\u202Ec")).isEqualTo("a?b?c");
  }
}
