package org.pactum.warehouse;

/**
 * A name from a contract that the identifier rules refuse (see the package description). The
 * message quotes the name only as {@link Identifier#printable} shows it.
 */
public class InvalidIdentifierException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidIdentifierException(String message) {
    super(message);
  }
}
