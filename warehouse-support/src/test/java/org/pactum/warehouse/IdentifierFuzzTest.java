package org.pactum.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Random text, heavy in what injection and quoting tricks are made of, against the rules: whatever
 * they accept is written to SQL as nothing but quoted identifiers, and outside double quotes a name
 * holds no quote, semicolon, whitespace, control character or comment token.
 */
class IdentifierFuzzTest {
  private static final long SEED = 20_261_207L;
  private static final int ROUNDS = 50_000;

  /** Fragments to build names from: what attacks use, what names use, and separators. */
  private static final String[] FRAGMENTS = {
    "\"",
    "\"\"",
    "'",
    "''",
    ";",
    " ",
    "\t",
    "\n",
    "\r",
    "\u0000",
    "\u001B",
    "\u007F",
    "\u0085",
    "--",
    "/*",
    "*/",
    "#",
    "\\",
    "(",
    ")",
    ".",
    "..",
    "`",
    "[",
    "]",
    "$",
    "$$",
    "_",
    "-",
    "=",
    "\u202E",
    "\u2066",
    "\u200B",
    "\uFEFF",
    "\u2028",
    "\u00A0",
    "\uD800",
    "é",
    "日",
    "😀",
    "a",
    "Z",
    "x",
    "orders",
    "public",
    "0",
    "9",
    "drop table t",
    "select",
    "or 1=1"
  };

  /** Outside quotes: no quote, semicolon, whitespace, control character or comment token. */
  private static final Pattern UNSAFE_OUTSIDE_QUOTES =
      Pattern.compile("[\"';\\s\\p{Cntrl}]|--|/\\*|\\*/", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void whateverATableRuleAcceptsIsWrittenAsQuotedIdentifiersOnly() {
    Random random = new Random(SEED);
    int accepted = 0;
    int acceptedQuoted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String text = random.nextBoolean() ? noise(random) : shaped(random);
      Optional<TableName> parsed = tryParse(text);
      if (parsed.isEmpty()) {
        continue;
      }
      accepted++;
      TableName name = parsed.get();
      String sql = name.quoted();
      List<String> names = name.parts().stream().map(Identifier::name).toList();
      check(
          SqlIdentifierTokens.read(sql).equals(Optional.of(names)),
          "written as quoted parts",
          text);
      check(names.size() <= 3 && names.stream().allMatch(Identifier::isValid), "valid parts", text);
      check(sql.codePoints().noneMatch(Identifier::refused), "no refused character", text);

      String outside = SqlIdentifierTokens.outsideQuotes(text.trim());
      check(outside.matches("[A-Za-z0-9_$.]*"), "plain outside quotes", text);
      check(!UNSAFE_OUTSIDE_QUOTES.matcher(outside).find(), "nothing unsafe outside quotes", text);
      if (text.trim().contains("\"")) {
        acceptedQuoted++;
      } else {
        // the property in its plainest form: an unquoted name holds none of these
        check(!UNSAFE_OUTSIDE_QUOTES.matcher(text.trim()).find(), "nothing unsafe", text);
      }
    }
    // the generator must reach accepted names, plain and quoted, or the properties prove nothing
    assertThat(accepted).isGreaterThan(ROUNDS / 20);
    assertThat(acceptedQuoted).isGreaterThan(ROUNDS / 100);
  }

  @Test
  void whateverTheIdentifierRuleAcceptsQuotesToExactlyThatName() {
    Random random = new Random(SEED + 1);
    int accepted = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String text = noise(random);
      if (!Identifier.isValid(text)) {
        check(text.isEmpty() || refusedOrLong(text), "refused for a reason", text);
        continue;
      }
      accepted++;
      check(text.codePoints().noneMatch(Identifier::refused), "no refused character", text);
      check(
          SqlIdentifierTokens.read(Identifier.quote(text)).equals(Optional.of(List.of(text))),
          "quotes to exactly the name",
          text);
    }
    assertThat(accepted).isGreaterThan(ROUNDS / 20);
  }

  private static void check(boolean holds, String property, String text) {
    if (!holds) {
      fail(property + ": " + show(text));
    }
  }

  private static boolean refusedOrLong(String text) {
    return text.codePoints().anyMatch(Identifier::refused)
        || text.getBytes(StandardCharsets.UTF_8).length > Identifier.MAX_BYTES;
  }

  private static Optional<TableName> tryParse(String text) {
    try {
      return Optional.of(TableName.parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /** One to eight random fragments. */
  private static String noise(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return b.toString();
  }

  /** One to four parts, each plain-looking or quoted around noise, joined by dots. */
  private static String shaped(Random random) {
    StringBuilder b = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        b.append('.');
      }
      String inner = noise(random);
      switch (random.nextInt(3)) {
        case 0 -> b.append('"').append(inner.replace("\"", "\"\"")).append('"');
        case 1 -> b.append('"').append(inner).append('"'); // quotes left undoubled
        default -> b.append(random.nextBoolean() ? "t" + i : inner);
      }
    }
    return b.toString();
  }

  private static String show(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x20 || cp > 0x7E) {
                b.append(String.format("\\u%04X", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }
}
