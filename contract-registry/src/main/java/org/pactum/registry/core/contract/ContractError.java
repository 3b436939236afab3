package org.pactum.registry.core.contract;

/** Pactum's error codes for the contract API: the HTTP status is the code's first three digits. */
public enum ContractError {
  /** The request body is not JSON, or JSON of the wrong shape. */
  MALFORMED_REQUEST(40001),
  /** No contract with this id. */
  CONTRACT_NOT_FOUND(40401),
  /** The contract has no such version. */
  VERSION_NOT_FOUND(40402),
  /** The schema breaks the compatibility mode against the registered versions. */
  INCOMPATIBLE_SCHEMA(40901),
  /** Other publishers of the contract kept winning the race; try again. */
  CONCURRENT_PUBLISH(40902),
  /**
   * A contracts folder of the server declares the contract: only it publishes, retires or deletes
   * it.
   */
  MANAGED_BY_FOLDER(40903),
  /** A permanent delete of a contract that was not retired first. */
  NOT_RETIRED(40904),
  /** A new version of a retired contract: retired contracts take none. */
  RETIRED(40905),
  /** The contract does not lint: the problems are in the response. */
  INVALID_CONTRACT(42201),
  /** The files are unusable: a bad path, too many or too large, no contract text. */
  INVALID_FILES(42202),
  /** A bad version number or query parameter, or a document whose id is not the path's id. */
  INVALID_REQUEST(42203),
  /** The schema registry refused the schema (read-only mode, size limit, bad reference). */
  REGISTRY_REFUSED(42204),
  /** Anything unexpected; the log has the cause under the id in the message. */
  INTERNAL(50001);

  private final int code;

  ContractError(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public int httpStatus() {
    return code / 100;
  }
}
