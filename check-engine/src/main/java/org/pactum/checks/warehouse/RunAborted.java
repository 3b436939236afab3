package org.pactum.checks.warehouse;

/** A run cannot go on; every check not yet judged gets this message. */
public final class RunAborted extends Exception {
  private static final long serialVersionUID = 1L;

  public RunAborted(String message) {
    super(message, null, false, false);
  }
}
