package org.pactum.contracts.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.pactum.contracts.problem.Problem;

/**
 * Loads the schema file a contract names: checks it lies inside the contract's {@link
 * ContractRoot}, exists and is readable, then hands it to the Avro or Protobuf loader. Never throws
 * for bad content; every failure is a {@link Problem}, whose message names the file only as the
 * contract wrote it.
 */
public final class ContractSchemaLoader {

  private final AvroSchemaLoader avro = new AvroSchemaLoader();
  private final ProtobufSchemaLoader protobuf = new ProtobufSchemaLoader();

  public SchemaLoadResult load(SchemaRequest request) {
    String written = request.spec().file();
    RootedPath where = request.root().resolve(request.contractDir(), written);
    if (where instanceof RootedPath.Refused refused) {
      return failed(
          request, "schema-file-outside", refused.refusal().message("schema file", written));
    }
    Path real = ((RootedPath.Inside) where).file();
    if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
      return failed(
          request,
          "schema-file-missing",
          "schema file '" + written + "' not found (paths are relative to the contract's folder)");
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return failed(
          request, "schema-file-missing", "schema file '" + written + "' is not a regular file");
    }
    String text;
    try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
      text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
    } catch (CharacterCodingException e) {
      return failed(request, "schema-invalid", "schema file '" + written + "' is not valid UTF-8");
    } catch (IOException e) {
      return failed(request, "schema-file-missing", "cannot read schema file '" + written + "'");
    }
    Path shown = request.schemaFile();
    return switch (request.spec().format()) {
      case AVRO -> avro.load(request, shown, text);
      case PROTOBUF -> protobuf.load(request, shown, text);
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
