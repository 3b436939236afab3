package org.pactum.checks.warehouse;

import org.pactum.warehouse.FailureKind;

/**
 * A database failure reduced to what users may see: a kind, and the database's own one-line
 * description without SQL text, positions or stack traces.
 *
 * @param kind the class of failure
 * @param detail the database's primary message, first line only (may be empty)
 * @param sqlState the SQLSTATE when the driver gave one, else null
 */
public record SqlFailure(FailureKind kind, String detail, String sqlState) {
  /** Whether the rest of the run's statements cannot succeed either. */
  public boolean fatalForRun() {
    return kind == FailureKind.CONNECTION || kind == FailureKind.MISSING_TABLE;
  }
}
