package org.pactum.streams.core;

import java.util.Objects;
import org.pactum.contracts.model.CheckType;

/**
 * One reason a record was rejected. Check fields are null for reasons that are not a failed check.
 *
 * @param errorClass the kind of reason
 * @param check the failed check's name ({@code not_null(customer_id)}), or null
 * @param checkType the failed check's type, or null
 * @param field the field path the reason is about, or null
 * @param expected what the contract or the format expects, in words
 * @param actual what the record holds, masked for PII fields; never payload bytes
 */
public record Reason(
    ErrorClass errorClass,
    String check,
    CheckType checkType,
    String field,
    String expected,
    String actual) {

  public Reason {
    Objects.requireNonNull(errorClass, "errorClass");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
  }

  /** A reason that is not a failed check. */
  public static Reason of(ErrorClass errorClass, String expected, String actual) {
    return new Reason(errorClass, null, null, null, expected, actual);
  }
}
