package org.pactum.checks.core;

/**
 * Where a run is in its life: {@code QUEUED} (accepted, waiting for a thread or for its table),
 * {@code RUNNING}, then its verdict ({@code PASS}, {@code WARN}, {@code FAIL}, {@code ERROR}).
 */
public enum RunState {
  QUEUED,
  RUNNING,
  PASS,
  WARN,
  FAIL,
  ERROR;

  public boolean finished() {
    return this != QUEUED && this != RUNNING;
  }

  public static RunState of(Status status) {
    return valueOf(status.name());
  }
}
