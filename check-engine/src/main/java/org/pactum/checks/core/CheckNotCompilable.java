package org.pactum.checks.core;

/**
 * One check cannot be turned into SQL for this table (type mismatch, bad value); it errors alone.
 */
public class CheckNotCompilable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CheckNotCompilable(String message) {
    super(message);
  }
}
