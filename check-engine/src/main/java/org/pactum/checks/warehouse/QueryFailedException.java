package org.pactum.checks.warehouse;

/** A warehouse statement failed; carries the classified failure, never the SQL text. */
public class QueryFailedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient SqlFailure failure;

  public QueryFailedException(SqlFailure failure, Throwable cause) {
    super(failure.kind() + ": " + failure.detail(), cause);
    this.failure = failure;
  }

  public SqlFailure failure() {
    return failure;
  }
}
