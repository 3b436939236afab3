package org.pactum.checks.plan;

/** How the engine treats a warehouse column, from its database type. */
public enum ColumnKind {
  INTEGER,
  DECIMAL,
  /** Floating point: may hold NaN and ±Infinity. */
  FLOAT,
  TEXT,
  BOOLEAN,
  DATE,
  TIMESTAMP,
  TIMESTAMP_TZ,
  OTHER;

  public boolean numeric() {
    return this == INTEGER || this == DECIMAL || this == FLOAT;
  }

  public boolean temporal() {
    return this == DATE || this == TIMESTAMP || this == TIMESTAMP_TZ;
  }
}
