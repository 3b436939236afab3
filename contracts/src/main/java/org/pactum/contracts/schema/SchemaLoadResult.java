package org.pactum.contracts.schema;

import java.util.List;
import java.util.Optional;
import org.pactum.contracts.problem.Problem;

/** A loaded schema, or the problems that prevented loading it (in the contract or the schema). */
public record SchemaLoadResult(Optional<LoadedSchema> schema, List<Problem> problems) {

  public SchemaLoadResult {
    problems = List.copyOf(problems);
  }

  public static SchemaLoadResult loaded(LoadedSchema schema) {
    return new SchemaLoadResult(Optional.of(schema), List.of());
  }

  public static SchemaLoadResult failed(List<Problem> problems) {
    return new SchemaLoadResult(Optional.empty(), problems);
  }
}
