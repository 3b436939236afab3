package org.pactum.streams.registry;

import java.util.Objects;
import org.pactum.registry.core.SchemaNotFoundException;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.avro.AvroParsedSchema;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.streams.core.schema.SchemaLookup;
import org.pactum.streams.core.schema.SchemaSource;
import org.pactum.streams.core.wire.SchemaId;

/**
 * Writer schemas from the registry's core service in this process. Store failures propagate (the
 * caller retries); only "no such id" is {@link SchemaLookup.Unknown}.
 */
public final class RegistrySchemaSource implements SchemaSource {
  private final SchemaRegistry registry;

  public RegistrySchemaSource(SchemaRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public SchemaLookup lookup(SchemaId id) {
    ParsedSchema parsed;
    try {
      parsed = registry.parsedById(id.value());
    } catch (SchemaNotFoundException e) {
      return new SchemaLookup.Unknown(id);
    }
    if (parsed instanceof AvroParsedSchema avro) {
      return new SchemaLookup.AvroWriter(id, avro.schema());
    }
    return new SchemaLookup.OtherFormat(id, parsed.format());
  }
}
