package org.pactum.server.catalog;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the last load of the contracts folders found, for stewards: the folders, the ids they
 * declare (the folder publishes those; the contract API may not), and the problems.
 */
public record FolderLoad(List<Path> sources, Set<String> declared, List<CatalogProblem> problems) {
  public FolderLoad {
    sources = List.copyOf(sources);
    declared = Set.copyOf(declared);
    problems = List.copyOf(problems);
  }

  public static FolderLoad empty() {
    return new FolderLoad(List.of(), Set.of(), List.of());
  }
}
