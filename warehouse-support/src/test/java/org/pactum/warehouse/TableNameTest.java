package org.pactum.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table rule. Every name accepted here is one the check engine accepted before the rules were
 * shared (plain or double-quoted parts, one to three), so every checked table is erasable.
 */
class TableNameTest {
  record Accepted(String text, String sql) {}

  record Refused(String text, String why) {}

  static Stream<Accepted> accepted() {
    return Stream.of(
        new Accepted("orders", "\"orders\""),
        new Accepted("public.orders", "\"public\".\"orders\""),
        new Accepted("c.s.t", "\"c\".\"s\".\"t\""),
        new Accepted("Public.Orders", "\"Public\".\"Orders\""), // as written: no case folding
        new Accepted("_t$1", "\"_t$1\""),
        new Accepted("  public.orders\n", "\"public\".\"orders\""), // the check engine trimmed
        new Accepted(
            "\"my schema\".\"Order \"\"items\"\"\"", "\"my schema\".\"Order \"\"items\"\"\""),
        new Accepted("\"select \"\"from\"\" table\"", "\"select \"\"from\"\" table\""),
        new Accepted("\"a.b\".c", "\"a.b\".\"c\""),
        new Accepted("\"x; drop table y\"", "\"x; drop table y\""),
        new Accepted("\"-- no comment\".\"/* none */\"", "\"-- no comment\".\"/* none */\""),
        new Accepted("\"Ünïcode\".t", "\"Ünïcode\".\"t\""),
        new Accepted("s." + "x".repeat(63), "\"s\".\"" + "x".repeat(63) + "\""),
        new Accepted("\"" + "日".repeat(21) + "\"", "\"" + "日".repeat(21) + "\""));
  }

  static Stream<Refused> refused() {
    return Stream.of(
        new Refused("", "neither a plain identifier"),
        new Refused("   ", "neither a plain identifier"),
        new Refused(null, "neither a plain identifier"),
        new Refused("orders; drop table x", "'orders; drop table x' is not a table reference"),
        new Refused("a.b.c.d", "more than three parts"),
        new Refused("a..b", "'' is neither a plain identifier"),
        new Refused(".a", "neither a plain identifier"),
        new Refused("a.", "neither a plain identifier"),
        new Refused("a b", "'a b' is neither"),
        new Refused("a-b", "neither a plain identifier"),
        new Refused("a--b", "neither a plain identifier"),
        new Refused("a/*x*/", "neither a plain identifier"),
        new Refused("1abc", "neither a plain identifier"),
        new Refused("a'b", "neither a plain identifier"),
        new Refused("a\"b\"", "neither a plain identifier"),
        new Refused("read_parquet('x.parquet')", "neither a plain identifier"),
        new Refused("\"unclosed", "an unclosed quoted identifier"),
        new Refused("\"a\"b", "unexpected text after a quoted identifier"),
        new Refused("\"a\" .b", "unexpected text after a quoted identifier"),
        new Refused("\"a\";drop", "unexpected text after a quoted identifier"),
        new Refused("\"\"", "an identifier must not be empty"),
        new Refused("\"a\u0000b\"", "control character (U+0000)"),
        new Refused("s.\"a\u202Eb\"", "(U+202E)"),
        new Refused("a.\"b\u2028\"", "(U+2028)"),
        new Refused("a\u0000b", "neither a plain identifier"),
        new Refused("x".repeat(64), "longer than 63 bytes"),
        new Refused("\"" + "日".repeat(22) + "\"", "longer than 63 bytes"));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void acceptsAndQuotesEveryPart(Accepted c) {
    TableName name = TableName.parse(c.text());
    assertThat(name.quoted()).isEqualTo(c.sql());
    assertThat(TableName.isValid(c.text())).isTrue();
    assertThat(SqlIdentifierTokens.read(name.quoted()))
        .contains(name.parts().stream().map(Identifier::name).toList());
  }

  @ParameterizedTest
  @MethodSource("refused")
  void refuses(Refused c) {
    assertThat(TableName.isValid(c.text())).isFalse();
    assertThatThrownBy(() -> TableName.parse(c.text()))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining(c.why())
        .satisfies(
            e -> assertThat(e.getMessage().codePoints().filter(Identifier::refused)).isEmpty());
  }
}
