package org.pactum.checks.plan;

/**
 * A contract names something the engine will not put into SQL: a table reference or identifier the
 * shared rules refuse ({@code org.pactum.warehouse}), a lake file form on a database that has none.
 */
public class InvalidReferenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidReferenceException(String message) {
    super(message);
  }
}
