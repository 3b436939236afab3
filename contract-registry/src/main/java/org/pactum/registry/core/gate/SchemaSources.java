package org.pactum.registry.core.gate;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pactum.contracts.schema.LoadedSchema;
import org.pactum.contracts.schema.ProtobufContractSchema;
import org.pactum.registry.core.SchemaParsers;
import org.pactum.registry.core.schema.ParsedSchema;
import org.pactum.registry.core.schema.SchemaReference;

/**
 * Turns a contract's loaded schema into the registry's parsed form: the schema text plus, for
 * Protobuf, the texts of the files it imports from the contract's folder (well-known {@code
 * google/protobuf/*} imports are built into the registry's parser).
 */
public final class SchemaSources {
  private final SchemaParsers parsers;

  public SchemaSources(SchemaParsers parsers) {
    this.parsers = parsers;
  }

  public ParsedSchema parse(LoadedSchema schema) {
    return parsers
        .forFormat(schema.format())
        .parse(sourceName(schema), schema.text(), references(schema));
  }

  private static String sourceName(LoadedSchema schema) {
    return schema.file().getFileName().toString();
  }

  /**
   * The files a Protobuf schema imports from its proto path (the contract's folder), by import path
   * ({@code common/money.proto}); none for Avro.
   */
  public static List<SchemaReference> references(LoadedSchema schema) {
    if (!(schema instanceof ProtobufContractSchema proto)) {
      return List.of();
    }
    List<SchemaReference> refs = new ArrayList<>();
    Path main = schema.file().toAbsolutePath().normalize();
    for (ProtoFile file : proto.schema().getProtoFiles()) {
      Location location = file.getLocation();
      if (location.getPath().startsWith("google/protobuf/")) {
        continue;
      }
      Path path =
          Path.of(location.getBase()).resolve(location.getPath()).toAbsolutePath().normalize();
      if (path.equals(main) || !Files.isRegularFile(path)) {
        continue;
      }
      try {
        refs.add(new SchemaReference(location.getPath(), Files.readString(path)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read imported schema " + path, e);
      }
    }
    return refs;
  }
}
