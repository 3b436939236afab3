package org.pactum.checks.plan;

/**
 * One check cannot be turned into SQL for this table (type mismatch, bad value); it errors alone.
 */
class CheckNotCompilable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CheckNotCompilable(String message) {
    super(message);
  }
}
