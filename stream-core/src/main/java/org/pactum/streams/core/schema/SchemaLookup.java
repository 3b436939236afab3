package org.pactum.streams.core.schema;

import org.apache.avro.Schema;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.streams.core.wire.SchemaId;

/** What the registry says about one schema id. */
public sealed interface SchemaLookup {

  /** An Avro writer schema. */
  record AvroWriter(SchemaId id, Schema schema) implements SchemaLookup {}

  /** A schema of a format this validator does not decode yet (Protobuf payloads). */
  record OtherFormat(SchemaId id, SchemaFormat format) implements SchemaLookup {}

  /** No schema has this id. */
  record Unknown(SchemaId id) implements SchemaLookup {}
}
