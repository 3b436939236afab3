package org.pactum.contracts.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Non-null values match {@code pattern} (a {@link java.util.regex.Pattern} regular expression,
 * searched anywhere in the value unless anchored with {@code ^...$}).
 */
public record RegexCheck(
    String name, String column, String pattern, Thresholds thresholds, SourcePosition position)
    implements RowCheck {

  @Override
  public CheckType type() {
    return CheckType.REGEX;
  }

  @Override
  public List<String> columns() {
    return List.of(column);
  }

  /** The compiled pattern; the parser has already rejected patterns that do not compile. */
  public Pattern compiled() {
    return Pattern.compile(pattern);
  }
}
