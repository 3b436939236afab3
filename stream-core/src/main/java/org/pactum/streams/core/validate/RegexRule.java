package org.pactum.streams.core.validate;

import java.util.regex.Pattern;
import org.pactum.contracts.model.RegexCheck;

/**
 * {@code regex}: a non-null value whose text the pattern does not find (searched anywhere unless
 * anchored, as PostgreSQL's {@code ~} and DuckDB's {@code regexp_matches} do) fails. The pattern is
 * a {@link Pattern}; the warehouses use POSIX/RE2 syntax, which agree on the common subset.
 */
record RegexRule(RegexCheck check, Pattern pattern) implements RecordRule {
  RegexRule(RegexCheck check) {
    this(check, check.compiled());
  }

  @Override
  public String column() {
    return check.column();
  }

  @Override
  public String expected() {
    return "matches " + check.pattern();
  }

  @Override
  public boolean violates(Object value) {
    return value != null && !pattern.matcher(value.toString()).find();
  }
}
