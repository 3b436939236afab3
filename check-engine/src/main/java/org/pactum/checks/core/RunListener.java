package org.pactum.checks.core;

/**
 * Progress of one run as the engine executes it, for the CLI's progress display; every method
 * defaults to doing nothing. What the run found is the engine's answer, not a callback.
 */
public interface RunListener {
  RunListener NONE = new RunListener() {};

  default void runStarted(String runId, int checkCount) {}

  /** The statement that feeds this check is about to run. */
  default void checkStarted(String runId, String checkName) {}

  default void checkFinished(String runId, CheckOutcome outcome) {}
}
