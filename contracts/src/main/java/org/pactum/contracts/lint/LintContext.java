package org.pactum.contracts.lint;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.SourcePosition;
import org.pactum.contracts.schema.LoadedSchema;
import org.pactum.contracts.schema.SchemaField;

/**
 * What a lint rule looks at: the contract, where it was read from, and its loaded schema.
 *
 * @param file the contract file (problems are reported there)
 */
public record LintContext(Path file, DataContract contract, LoadedSchema schema) {

  /** The schema field at a dotted path. */
  public Optional<SchemaField> field(String path) {
    return Optional.ofNullable(fieldsByPath().get(path));
  }

  public Map<String, SchemaField> fieldsByPath() {
    Map<String, SchemaField> byPath = new LinkedHashMap<>();
    for (SchemaField f : schema.fields()) {
      byPath.put(f.path(), f);
    }
    return byPath;
  }

  public List<String> paths() {
    return schema.paths();
  }

  /** Where a contract element was written (see {@link org.pactum.contracts.model.SourceMap}). */
  public SourcePosition at(String path) {
    return contract.sourceMap().at(path);
  }
}
