package org.pactum.server.cli;

/** Exit codes of CI-facing commands. */
public final class ExitCodes {
  /** Nothing wrong. */
  public static final int OK = 0;

  /** Problems found: lint errors, breaking changes, failed checks. */
  public static final int PROBLEMS = 1;

  /** Bad usage or unreadable input. */
  public static final int INPUT_ERROR = 2;

  private ExitCodes() {}
}
