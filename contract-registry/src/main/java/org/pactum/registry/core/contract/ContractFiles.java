package org.pactum.registry.core.contract;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.pactum.contracts.LoadedContract;
import org.pactum.registry.core.gate.SchemaSources;
import org.pactum.registry.core.schema.SchemaReference;

/** The files a loaded contract needs, as the contract API takes them. */
public final class ContractFiles {
  private ContractFiles() {}

  /**
   * The contract's YAML, its schema file and (Protobuf) the files it imports from the contract's
   * folder, by path relative to that folder; {@code google/protobuf/*} imports are built in and not
   * included.
   *
   * @param path the contract's path as the caller wants it named in messages
   */
  public static ContractSubmission submission(LoadedContract loaded, String path) {
    Path folder = folderOf(loaded.file());
    Map<String, String> files = new TreeMap<>();
    files.put(relative(folder, loaded.schema().file()), loaded.schema().text());
    for (SchemaReference ref : SchemaSources.references(loaded.schema())) {
      files.putIfAbsent(ref.name(), ref.text());
    }
    return new ContractSubmission(loaded.source(), path, files);
  }

  /** The schema file relative to the contract's folder, with {@code /} separators. */
  public static String schemaPath(LoadedContract loaded) {
    return relative(folderOf(loaded.file()), loaded.schema().file());
  }

  private static Path folderOf(Path contractFile) {
    Path abs = contractFile.toAbsolutePath().normalize();
    return abs.getParent();
  }

  private static String relative(Path folder, Path file) {
    return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
