package org.pactum.contracts.schema;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pactum.contracts.model.SchemaFormat;

/** A contract's schema file, parsed, with a flattened view of its fields. */
public sealed interface LoadedSchema permits AvroContractSchema, ProtobufContractSchema {

  SchemaFormat format();

  /** The schema file. */
  Path file();

  /** The schema file's text. */
  String text();

  /** Every field, depth first in declaration order: a record's field, then its nested fields. */
  List<SchemaField> fields();

  /** The field at a dotted path. */
  default Optional<SchemaField> field(String path) {
    return fields().stream().filter(f -> f.path().equals(path)).findFirst();
  }

  /** The top-level fields (the dataset's columns). */
  default List<SchemaField> columns() {
    return fields().stream().filter(f -> !f.nested()).toList();
  }

  /** The dotted paths of all fields. */
  default List<String> paths() {
    return fields().stream().map(SchemaField::path).toList();
  }
}
