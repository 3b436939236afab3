package org.pactum.api;

/**
 * A request broke one of the edge's input rules (DESIGN.md §5, {@code api-support/README.md}): the
 * answer is 4xx naming {@link #field}, and nothing is stored. Thrown by the edge's own filters and
 * by modules.
 */
public final class InvalidInputException extends RuntimeException {
  private final String field;
  private final int status;
  private final int code;

  private InvalidInputException(String field, String message, int status, int code) {
    super(message, null, false, false);
    this.field = field;
    this.status = status;
    this.code = code;
  }

  /** A body field breaks a rule: 422 / {@link EdgeCodes#INVALID_INPUT}. */
  public static InvalidInputException field(String field, String message) {
    return new InvalidInputException(field, message, 422, EdgeCodes.INVALID_INPUT);
  }

  /**
   * A path or query parameter or a header breaks a rule: 400 / {@link EdgeCodes#INVALID_PARAMETER}.
   */
  public static InvalidInputException parameter(String name, String message) {
    return new InvalidInputException(name, message, 400, EdgeCodes.INVALID_PARAMETER);
  }

  /** The field or parameter named, as the client wrote it (e.g. {@code references[0].subject}). */
  public String field() {
    return field;
  }

  public int status() {
    return status;
  }

  public int code() {
    return code;
  }
}
