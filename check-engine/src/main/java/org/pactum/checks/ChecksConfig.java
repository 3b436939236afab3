package org.pactum.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.pactum.checks.core.EngineSettings;

/**
 * The check engine's configuration section. Every option has a working default:
 *
 * <pre>{@code
 * checks:
 *   runThreads: 4               # runs executing at once (on different tables; one per table)
 *   queueCapacity: 100          # runs waiting to start; beyond it POST /api/v1/runs → 503
 *   freshnessInterval: 5m       # how often every contract's freshness checks run; 0s: never
 *   queryTimeout: 10m           # the longest a generated statement may run
 *   customSqlTimeout: 60s       # the longest a contract's sql check may run
 *   sampleRows: 10              # failed rows kept per failing row-level check; 0: none
 *   maxCategories: 1000         # distinct values a categorical drift check keeps
 *   driftSampleSize: 2000       # raw values a ks drift check samples and stores per run
 *   shutdownGracePeriod: 30s    # at shutdown, how long running runs may finish
 * }</pre>
 */
public class ChecksConfig {
  @Min(1)
  @Max(256)
  private int runThreads = 4;

  @Min(1)
  @Max(100_000)
  private int queueCapacity = 100;

  @NotNull private Duration freshnessInterval = Duration.minutes(5);

  @NotNull private Duration queryTimeout = Duration.minutes(10);

  @NotNull private Duration customSqlTimeout = Duration.seconds(60);

  @Min(0)
  @Max(1000)
  private int sampleRows = 10;

  @Min(1)
  @Max(1_000_000)
  private int maxCategories = 1000;

  @Min(2)
  @Max(1_000_000)
  private int driftSampleSize = EngineSettings.DEFAULT_DRIFT_SAMPLE_SIZE;

  @NotNull private Duration shutdownGracePeriod = Duration.seconds(30);

  @Min(1)
  @Max(3660)
  private int maxBackfillDays = 366;

  @JsonProperty
  public int getRunThreads() {
    return runThreads;
  }

  @JsonProperty
  public void setRunThreads(int runThreads) {
    this.runThreads = runThreads;
  }

  @JsonProperty
  public int getQueueCapacity() {
    return queueCapacity;
  }

  @JsonProperty
  public void setQueueCapacity(int queueCapacity) {
    this.queueCapacity = queueCapacity;
  }

  @JsonProperty
  public Duration getFreshnessInterval() {
    return freshnessInterval;
  }

  @JsonProperty
  public void setFreshnessInterval(Duration freshnessInterval) {
    this.freshnessInterval = freshnessInterval;
  }

  @JsonProperty
  public Duration getQueryTimeout() {
    return queryTimeout;
  }

  @JsonProperty
  public void setQueryTimeout(Duration queryTimeout) {
    this.queryTimeout = queryTimeout;
  }

  @JsonProperty
  public Duration getCustomSqlTimeout() {
    return customSqlTimeout;
  }

  @JsonProperty
  public void setCustomSqlTimeout(Duration customSqlTimeout) {
    this.customSqlTimeout = customSqlTimeout;
  }

  @JsonProperty
  public int getSampleRows() {
    return sampleRows;
  }

  @JsonProperty
  public void setSampleRows(int sampleRows) {
    this.sampleRows = sampleRows;
  }

  /** Raw values a {@code ks} drift check samples (within the run's scope) and stores per run. */
  @JsonProperty
  public int getDriftSampleSize() {
    return driftSampleSize;
  }

  @JsonProperty
  public void setDriftSampleSize(int driftSampleSize) {
    this.driftSampleSize = driftSampleSize;
  }

  @JsonProperty
  public int getMaxCategories() {
    return maxCategories;
  }

  @JsonProperty
  public void setMaxCategories(int maxCategories) {
    this.maxCategories = maxCategories;
  }

  @JsonProperty
  public Duration getShutdownGracePeriod() {
    return shutdownGracePeriod;
  }

  @JsonProperty
  public void setShutdownGracePeriod(Duration shutdownGracePeriod) {
    this.shutdownGracePeriod = shutdownGracePeriod;
  }

  /** The most days one backfill may cover ({@code POST /api/v1/contracts/{id}/backfill}). */
  @JsonProperty
  public int getMaxBackfillDays() {
    return maxBackfillDays;
  }

  @JsonProperty
  public void setMaxBackfillDays(int maxBackfillDays) {
    this.maxBackfillDays = maxBackfillDays;
  }

  /** The running parts' settings: the engine's, the queue's, the schedule's. */
  public ChecksSettings toSettings() {
    return new ChecksSettings(
        toEngineSettings(),
        getRunThreads(),
        getQueueCapacity(),
        getFreshnessInterval().toJavaDuration(),
        getMaxBackfillDays(),
        getShutdownGracePeriod().toJavaDuration());
  }

  /** The engine's tunables; timeouts must be positive. */
  public EngineSettings toEngineSettings() {
    if (queryTimeout.toNanoseconds() <= 0 || customSqlTimeout.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(
          "checks.queryTimeout and checks.customSqlTimeout must be positive");
    }
    return new EngineSettings(
        queryTimeout.toJavaDuration(),
        customSqlTimeout.toJavaDuration(),
        sampleRows,
        maxCategories,
        driftSampleSize);
  }
}
