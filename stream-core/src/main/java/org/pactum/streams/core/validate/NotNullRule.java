package org.pactum.streams.core.validate;

import org.pactum.contracts.model.NotNullCheck;

/** {@code not_null}: the value is null (or the writer schema lacks the field). */
record NotNullRule(NotNullCheck check) implements RecordRule {
  @Override
  public String column() {
    return check.column();
  }

  @Override
  public String expected() {
    return "not null";
  }

  @Override
  public boolean violates(Object value) {
    return value == null;
  }

  @Override
  public boolean violatedByAbsence() {
    return true;
  }
}
