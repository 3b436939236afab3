package org.pactum.server.gate;

/** The gate cannot run: an unreadable path, not a git checkout, an unknown ref. Exit code 2. */
public class GateInputException extends Exception {
  public GateInputException(String message) {
    super(message);
  }

  public GateInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
