package org.pactum.checks.core;

/** A run cannot go on; every check not yet judged gets this message. */
final class RunAborted extends Exception {
  private static final long serialVersionUID = 1L;

  RunAborted(String message) {
    super(message, null, false, false);
  }
}
