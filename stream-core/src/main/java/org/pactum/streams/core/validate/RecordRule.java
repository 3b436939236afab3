package org.pactum.streams.core.validate;

import org.pactum.contracts.model.RowCheck;

/** One row-level check, compiled for values of one record. */
interface RecordRule {

  RowCheck check();

  /** The column the check reads. */
  String column();

  /** What the contract expects, in words ({@code one of [EUR, USD]}). */
  String expected();

  /** Whether {@code value} (the field is present; the value may be null) fails the check. */
  boolean violates(Object value);

  /** Whether a field the writer schema lacks fails the check (only {@code not_null}). */
  default boolean violatedByAbsence() {
    return false;
  }
}
