package org.pactum.lineage.erasure;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The erasure section of the configuration. Every option has a working default:
 *
 * <pre>{@code
 * erasure:
 *   secret: ${PACTUM_ERASURE_SECRET:-}  # HMAC key for subject ids; empty: generated once and kept
 *                                       # in the data directory (back it up with the database)
 *   dueAfter: 30 days           # a request's due date: received + this
 *   executionThreads: 2         # requests executing at once
 *   maxAttempts: 3              # attempts per dataset (transient failures are retried)
 *   retryBackoff: 1s            # wait before the 2nd attempt, doubled before each further one
 *   statementTimeout: 10m       # the longest one erase, verify or sweep statement may run
 *   sweepInterval: 24h          # reconciliation sweep; 0s: only on demand
 *   overdueCheckInterval: 1h    # how often overdue requests are reported; 0s: never
 * }</pre>
 */
public class ErasureConfig {
  private String secret = "";

  @NotNull private Duration dueAfter = Duration.days(30);

  @Min(1)
  @Max(64)
  private int executionThreads = 2;

  @Min(1)
  @Max(100)
  private int maxAttempts = 3;

  @NotNull private Duration retryBackoff = Duration.seconds(1);

  @NotNull private Duration statementTimeout = Duration.minutes(10);

  @NotNull private Duration sweepInterval = Duration.hours(24);

  @NotNull private Duration overdueCheckInterval = Duration.hours(1);

  @JsonProperty
  public String getSecret() {
    return secret;
  }

  @JsonProperty
  public void setSecret(String secret) {
    this.secret = secret;
  }

  @JsonProperty
  public Duration getDueAfter() {
    return dueAfter;
  }

  @JsonProperty
  public void setDueAfter(Duration dueAfter) {
    this.dueAfter = dueAfter;
  }

  @JsonProperty
  public int getExecutionThreads() {
    return executionThreads;
  }

  @JsonProperty
  public void setExecutionThreads(int executionThreads) {
    this.executionThreads = executionThreads;
  }

  @JsonProperty
  public int getMaxAttempts() {
    return maxAttempts;
  }

  @JsonProperty
  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  @JsonProperty
  public Duration getRetryBackoff() {
    return retryBackoff;
  }

  @JsonProperty
  public void setRetryBackoff(Duration retryBackoff) {
    this.retryBackoff = retryBackoff;
  }

  @JsonProperty
  public Duration getStatementTimeout() {
    return statementTimeout;
  }

  @JsonProperty
  public void setStatementTimeout(Duration statementTimeout) {
    this.statementTimeout = statementTimeout;
  }

  @JsonProperty
  public Duration getSweepInterval() {
    return sweepInterval;
  }

  @JsonProperty
  public void setSweepInterval(Duration sweepInterval) {
    this.sweepInterval = sweepInterval;
  }

  @JsonProperty
  public Duration getOverdueCheckInterval() {
    return overdueCheckInterval;
  }

  @JsonProperty
  public void setOverdueCheckInterval(Duration overdueCheckInterval) {
    this.overdueCheckInterval = overdueCheckInterval;
  }

  /** Fails at start-up on settings that cannot work. */
  void validate() {
    if (dueAfter.toNanoseconds() <= 0 || statementTimeout.toNanoseconds() <= 0) {
      throw new IllegalArgumentException(
          "erasure.dueAfter and erasure.statementTimeout must be positive");
    }
    if (secret != null && !secret.isBlank() && secret.length() < 16) {
      throw new IllegalArgumentException("erasure.secret must be at least 16 characters");
    }
  }
}
