package org.pactum.contracts.schema;

import java.nio.file.Path;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;

/**
 * What to load: the contract's {@code schema:} section, where the contract is, and where its {@code
 * file:} and {@code message:} values were written (for problems that cannot be placed inside the
 * schema file).
 *
 * @param contractFile the contract file; the schema file is resolved against its folder
 * @param spec the schema section
 * @param fileAt position of the {@code schema.file} value in the contract
 * @param messageAt position of the {@code schema.message} value (Protobuf)
 */
public record SchemaRequest(
    Path contractFile, SchemaSpec spec, SourcePosition fileAt, SourcePosition messageAt) {

  /** The contract's folder ({@code .} for a bare file name). */
  public Path contractDir() {
    Path parent = contractFile.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /** The schema file, resolved against the contract's folder. */
  public Path schemaFile() {
    return contractDir().resolve(spec.file()).normalize();
  }
}
