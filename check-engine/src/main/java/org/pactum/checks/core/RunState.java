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

  /**
   * The verdict of a finished run.
   *
   * @throws IllegalStateException while the run is queued or running
   */
  public Status verdict() {
    if (!finished()) {
      throw new IllegalStateException("a " + name() + " run has no verdict yet");
    }
    return Status.valueOf(name());
  }

  public static RunState of(Status status) {
    return valueOf(status.name());
  }
}
