package org.pactum.contracts.schema;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pactum.contracts.Problem;

/**
 * Loads the schema file a contract names: checks it exists and is readable, then hands it to the
 * Avro or Protobuf loader. Never throws for bad content; every failure is a {@link Problem}.
 */
public final class ContractSchemaLoader {

  private final AvroSchemaLoader avro = new AvroSchemaLoader();
  private final ProtobufSchemaLoader protobuf = new ProtobufSchemaLoader();

  public SchemaLoadResult load(SchemaRequest request) {
    Path file = request.schemaFile();
    if (!Files.exists(file)) {
      return failed(
          request,
          "schema-file-missing",
          "schema file '" + request.spec().file() + "' not found (looked for " + file + ")");
    }
    if (!Files.isRegularFile(file)) {
      return failed(
          request,
          "schema-file-missing",
          "schema file '" + request.spec().file() + "' is not a regular file (" + file + ")");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      return failed(
          request,
          "schema-invalid",
          "schema file '" + request.spec().file() + "' is not valid UTF-8");
    } catch (IOException e) {
      return failed(
          request,
          "schema-file-missing",
          "cannot read schema file '" + request.spec().file() + "': " + e.getMessage());
    }
    return switch (request.spec().format()) {
      case AVRO -> avro.load(request, file, text);
      case PROTOBUF -> protobuf.load(request, file, text);
    };
  }

  /** A problem at the contract's {@code schema.file} value. */
  static SchemaLoadResult failed(SchemaRequest request, String code, String message) {
    return SchemaLoadResult.failed(List.of(atFile(request, code, message)));
  }

  static Problem atFile(SchemaRequest request, String code, String message) {
    return Problem.error(
        request.contractFile(), request.fileAt().line(), request.fileAt().column(), code, message);
  }
}
