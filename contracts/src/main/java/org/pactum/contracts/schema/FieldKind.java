package org.pactum.contracts.schema;

import java.util.Locale;

/** The type of a schema field, in the terms checks care about. */
public enum FieldKind {
  STRING,
  INTEGER,
  DECIMAL,
  FLOAT,
  BOOLEAN,
  TIMESTAMP,
  DATE,
  TIME,
  BYTES,
  ENUM,
  RECORD,
  MAP,
  /** An Avro union of several non-null types. */
  UNION;

  /** Integer, decimal or floating point. */
  public boolean numeric() {
    return this == INTEGER || this == DECIMAL || this == FLOAT;
  }

  /** Timestamp, date or time of day. */
  public boolean temporal() {
    return this == TIMESTAMP || this == DATE || this == TIME;
  }

  /** Text-like: strings and enum symbols. */
  public boolean textual() {
    return this == STRING || this == ENUM;
  }

  /** A single value a warehouse column can hold (not a record, map or union). */
  public boolean scalar() {
    return this != RECORD && this != MAP && this != UNION;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
