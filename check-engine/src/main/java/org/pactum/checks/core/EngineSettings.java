package org.pactum.checks.core;

import java.time.Duration;

/**
 * Tunables of the check engine.
 *
 * @param queryTimeout the longest any generated statement may run
 * @param customSqlTimeout the longest a contract's custom {@code sql} check may run
 * @param sampleSize failed rows kept per failing row-level check
 * @param maxCategories the most distinct values a categorical frequency table keeps
 * @param driftSampleSize the most raw values a {@code ks} drift check samples and stores per run
 */
public record EngineSettings(
    Duration queryTimeout,
    Duration customSqlTimeout,
    int sampleSize,
    int maxCategories,
    int driftSampleSize) {
  public static final int DEFAULT_DRIFT_SAMPLE_SIZE = 2000;

  public static final EngineSettings DEFAULTS =
      new EngineSettings(
          Duration.ofMinutes(10), Duration.ofSeconds(60), 10, 1000, DEFAULT_DRIFT_SAMPLE_SIZE);

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
    if (driftSampleSize < 2 || driftSampleSize > 1_000_000) {
      throw new IllegalArgumentException("driftSampleSize must be between 2 and 1000000");
    }
  }

  /** Settings with the default drift sample size. */
  public EngineSettings(
      Duration queryTimeout, Duration customSqlTimeout, int sampleSize, int maxCategories) {
    this(queryTimeout, customSqlTimeout, sampleSize, maxCategories, DEFAULT_DRIFT_SAMPLE_SIZE);
  }

  public EngineSettings withCustomSqlTimeout(Duration timeout) {
    return new EngineSettings(queryTimeout, timeout, sampleSize, maxCategories, driftSampleSize);
  }

  public EngineSettings withQueryTimeout(Duration timeout) {
    return new EngineSettings(
        timeout, customSqlTimeout, sampleSize, maxCategories, driftSampleSize);
  }

  public EngineSettings withDriftSampleSize(int size) {
    return new EngineSettings(queryTimeout, customSqlTimeout, sampleSize, maxCategories, size);
  }
}
