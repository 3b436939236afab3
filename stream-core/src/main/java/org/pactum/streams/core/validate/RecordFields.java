package org.pactum.streams.core.validate;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Reads a contract column (a top-level name or a dotted path through nested records) from a decoded
 * record. A null record on the way makes the value null, as a nested column of a null struct is
 * null in the warehouse.
 */
public final class RecordFields {
  private RecordFields() {}

  /** The value at {@code path} (split here: for one-off reads). */
  public static FieldValue read(IndexedRecord record, String path) {
    return read(record, FieldPath.of(path));
  }

  /** The value at {@code path}, split once beforehand: the per-record path. */
  public static FieldValue read(IndexedRecord record, FieldPath path) {
    String[] names = path.names();
    int first = path.firstPosition(record.getSchema());
    if (first < 0) {
      return new FieldValue.Absent("the writer schema has no field " + names[0]);
    }
    Object current = record.get(first);
    for (int i = 1; i < names.length; i++) {
      if (current == null) {
        return new FieldValue.Present(null);
      }
      if (!(current instanceof IndexedRecord r)) {
        return new FieldValue.Absent("the path crosses a value that is not a record");
      }
      Schema.Field field = r.getSchema().getField(names[i]);
      if (field == null) {
        return new FieldValue.Absent("the writer schema has no field " + names[i]);
      }
      current = r.get(field.pos());
    }
    return new FieldValue.Present(current);
  }
}
