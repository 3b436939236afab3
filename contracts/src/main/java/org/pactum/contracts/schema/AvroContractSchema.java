package org.pactum.contracts.schema;

import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.pactum.contracts.model.SchemaFormat;

/**
 * An Avro schema ({@code .avsc}) whose top-level record is the contract's row type.
 *
 * @param schema the parsed Avro schema (a record)
 */
public record AvroContractSchema(Path file, String text, Schema schema, List<SchemaField> fields)
    implements LoadedSchema {

  public AvroContractSchema {
    fields = List.copyOf(fields);
  }

  @Override
  public SchemaFormat format() {
    return SchemaFormat.AVRO;
  }
}
