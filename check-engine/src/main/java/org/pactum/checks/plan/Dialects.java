package org.pactum.checks.plan;

import java.util.Locale;
import java.util.Optional;

/** Picks the dialect of a live connection from its database product name. */
public final class Dialects {
  private Dialects() {}

  public static Optional<Dialect> forProduct(String productName) {
    String p = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
    if (p.contains("postgres")) {
      return Optional.of(new PostgresDialect());
    }
    if (p.contains("duckdb")) {
      return Optional.of(new DuckDbDialect());
    }
    return Optional.empty();
  }
}
