package org.pactum.checks.warehouse;

/** Why a statement failed, as far as the engine needs to know. */
public enum FailureKind {
  /** The datasource could not be reached or the connection was lost. */
  CONNECTION,
  /** The table (or lake file) does not exist. */
  MISSING_TABLE,
  /** A column does not exist. */
  MISSING_COLUMN,
  /** The statement ran longer than allowed and was cancelled. */
  TIMEOUT,
  /** A custom query tried to write. */
  READ_ONLY,
  /** The credentials may not read the table. */
  PERMISSION,
  /** The SQL does not parse or bind (custom queries, patterns the database rejects). */
  INVALID_SQL,
  /** The data made the statement fail (bad cast, division by zero, invalid pattern). */
  DATA,
  OTHER
}
