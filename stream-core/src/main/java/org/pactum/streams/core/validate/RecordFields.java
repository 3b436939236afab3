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

  public static FieldValue read(IndexedRecord record, String path) {
    return read(record, FieldPath.of(path));
  }

  /**
   * As {@link #read(IndexedRecord, String)}, the path split once beforehand (the per-record path).
   */
  public static FieldValue read(IndexedRecord record, FieldPath path) {
    Object current = record;
    for (String name : path.names()) {
      if (current == null) {
        return new FieldValue.Present(null);
      }
      if (!(current instanceof IndexedRecord r)) {
        return new FieldValue.Absent("the path crosses a value that is not a record");
      }
      Schema.Field field = r.getSchema().getField(name);
      if (field == null) {
        return new FieldValue.Absent("the writer schema has no field " + name);
      }
      current = r.get(field.pos());
    }
    return new FieldValue.Present(current);
  }
}
