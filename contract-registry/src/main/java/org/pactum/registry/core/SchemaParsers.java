package org.pactum.registry.core;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.pactum.contracts.model.SchemaFormat;
import org.pactum.registry.core.avro.AvroSchemaParser;
import org.pactum.registry.core.protobuf.ProtobufSchemaParser;
import org.pactum.registry.core.schema.ParseLimits;
import org.pactum.registry.core.schema.SchemaParser;

/** The parser for each schema format, sharing one set of {@link ParseLimits}. */
public final class SchemaParsers {

  private final Map<SchemaFormat, SchemaParser> parsers = new EnumMap<>(SchemaFormat.class);

  public SchemaParsers(ParseLimits limits) {
    Objects.requireNonNull(limits, "limits");
    parsers.put(SchemaFormat.AVRO, new AvroSchemaParser(limits));
    parsers.put(SchemaFormat.PROTOBUF, new ProtobufSchemaParser(limits));
  }

  public static SchemaParsers withDefaultLimits() {
    return new SchemaParsers(ParseLimits.DEFAULT);
  }

  public SchemaParser forFormat(SchemaFormat format) {
    return parsers.get(Objects.requireNonNull(format, "format"));
  }
}
