package org.pactum.streams.core.validate;

import java.util.Objects;
import java.util.Optional;
import org.apache.avro.generic.IndexedRecord;
import org.pactum.streams.core.Verdict;

/**
 * The verdict on one record and, when its payload could be decoded, the decoded record: what a
 * window counts (nulls, non-null values, failed checks) besides where the record goes.
 *
 * @param verdict where the record goes and why
 * @param decoded the decoded record, empty when the record was refused before its payload was
 *     decoded (wire header, unknown schema, corrupt payload) or is a tombstone
 */
public record Inspection(Verdict verdict, Optional<IndexedRecord> decoded) {
  public Inspection {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(decoded, "decoded");
  }

  static Inspection undecoded(Verdict verdict) {
    return new Inspection(verdict, Optional.empty());
  }
}
