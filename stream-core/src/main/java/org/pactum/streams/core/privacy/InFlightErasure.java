package org.pactum.streams.core.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Pii;
import org.pactum.streams.core.validate.FieldValue;
import org.pactum.streams.core.validate.Inspection;
import org.pactum.streams.core.validate.RecordFields;

/**
 * Decides whether a record of a binding belongs to an erased subject: its subject id is the
 * contract's {@code pii.key} column of the decoded record, or — when the record could not be
 * decoded and the binding says its key carries that column ({@code kafka.key_column}) — the record
 * key as UTF-8 text. A contract without a PII subject and key never drops anything.
 */
public final class InFlightErasure {
  /** Drops nothing. */
  public static final InFlightErasure NONE =
      new InFlightErasure(null, null, false, ErasedSubjects.NONE);

  private final String subjectType;
  private final String keyColumn;
  private final boolean keyCarriesSubject;
  private final ErasedSubjects erased;

  private InFlightErasure(
      String subjectType, String keyColumn, boolean keyCarriesSubject, ErasedSubjects erased) {
    this.subjectType = subjectType;
    this.keyColumn = keyColumn;
    this.keyCarriesSubject = keyCarriesSubject;
    this.erased = Objects.requireNonNull(erased, "erased");
  }

  /**
   * @param recordKeyColumn the column the binding says the record key carries, or null
   */
  public static InFlightErasure of(
      DataContract contract, String recordKeyColumn, ErasedSubjects erased) {
    Pii pii = contract.pii();
    if (pii == null || pii.subject() == null || pii.key() == null) {
      return NONE;
    }
    return new InFlightErasure(pii.subject(), pii.key(), pii.key().equals(recordKeyColumn), erased);
  }

  /** Whether the record's subject is erased and the record must not go on. */
  public boolean drops(Inspection inspection, byte[] key) {
    if (subjectType == null) {
      return false;
    }
    String id = null;
    if (inspection.decoded().isPresent()) {
      FieldValue v = RecordFields.read(inspection.decoded().get(), keyColumn);
      if (v instanceof FieldValue.Present p && p.value() != null) {
        id = p.value().toString();
      }
    } else if (keyCarriesSubject && key != null) {
      id = new String(key, StandardCharsets.UTF_8);
    }
    return id != null && erased.erased(subjectType, id);
  }
}
