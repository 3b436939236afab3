package org.pactum.checks.core;

import java.time.Duration;

/**
 * Tunables of the check engine.
 *
 * @param queryTimeout the longest any generated statement may run
 * @param customSqlTimeout the longest a contract's custom {@code sql} check may run
 * @param sampleSize failed rows kept per failing row-level check
 * @param maxCategories the most distinct values a categorical frequency table keeps
 */
public record EngineSettings(
    Duration queryTimeout, Duration customSqlTimeout, int sampleSize, int maxCategories) {
  public static final EngineSettings DEFAULTS =
      new EngineSettings(Duration.ofMinutes(10), Duration.ofSeconds(60), 10, 1000);

  public EngineSettings {
    if (queryTimeout.isNegative() || queryTimeout.isZero()) {
      throw new IllegalArgumentException("queryTimeout must be positive");
    }
    if (customSqlTimeout.isNegative() || customSqlTimeout.isZero()) {
      throw new IllegalArgumentException("customSqlTimeout must be positive");
    }
    if (sampleSize < 0 || maxCategories < 1) {
      throw new IllegalArgumentException("sampleSize must be >= 0 and maxCategories >= 1");
    }
  }

  public EngineSettings withCustomSqlTimeout(Duration timeout) {
    return new EngineSettings(queryTimeout, timeout, sampleSize, maxCategories);
  }

  public EngineSettings withQueryTimeout(Duration timeout) {
    return new EngineSettings(timeout, customSqlTimeout, sampleSize, maxCategories);
  }
}
