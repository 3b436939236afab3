package org.pactum.streams.core;

/** Why a record was dead-lettered: the value of header {@code __pactum.errors.class}. */
public enum ErrorClass {
  /** The value has no Confluent wire-format header (empty, another magic byte, cut off). */
  WIRE_FORMAT,
  /** The schema id in the header is not registered. */
  UNKNOWN_SCHEMA,
  /** The writer schema is not one this binding can check (another format, not a record). */
  SCHEMA_MISMATCH,
  /** The payload does not decode with its writer schema. */
  CORRUPT_PAYLOAD,
  /** A null value without a key: not a tombstone of anything. */
  NULL_VALUE,
  /** A row-level check of the contract failed. */
  CHECK_FAILED
}
