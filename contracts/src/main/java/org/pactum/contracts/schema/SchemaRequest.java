package org.pactum.contracts.schema;

import java.nio.file.Path;
import org.pactum.contracts.model.SchemaSpec;
import org.pactum.contracts.model.SourcePosition;

/**
 * What to load: the contract's {@code schema:} section, where the contract is, the root its files
 * must lie in, and where its {@code file:} and {@code message:} values were written (for problems
 * that cannot be placed inside the schema file).
 *
 * @param contractFile the contract file; the schema file is resolved against its folder
 * @param spec the schema section
 * @param fileAt position of the {@code schema.file} value in the contract
 * @param messageAt position of the {@code schema.message} value (Protobuf)
 * @param root the folder the schema file and its imports must lie in
 */
public record SchemaRequest(
    Path contractFile,
    SchemaSpec spec,
    SourcePosition fileAt,
    SourcePosition messageAt,
    ContractRoot root) {

  /** A request whose root is the contract's own folder. */
  public SchemaRequest(
      Path contractFile, SchemaSpec spec, SourcePosition fileAt, SourcePosition messageAt) {
    this(contractFile, spec, fileAt, messageAt, ContractRoot.folderOf(contractFile));
  }

  /** The contract's folder ({@code .} for a bare file name). */
  public Path contractDir() {
    Path parent = contractFile.getParent();
    return parent == null ? Path.of("") : parent;
  }

  /**
   * The schema file as shown in problems: the contract's folder as given, joined with the path the
   * contract wrote. Read files through {@link ContractRoot#resolve}, never through this path.
   */
  public Path schemaFile() {
    return contractDir().resolve(spec.file()).normalize();
  }
}
