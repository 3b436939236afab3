package org.pactum.server.catalog;

import java.nio.file.Path;
import java.util.List;

/** What the last load of the contracts folders found: contracts, and problems to show stewards. */
public record CatalogSnapshot(
    List<Path> sources, List<CatalogEntry> entries, List<CatalogProblem> problems) {
  public CatalogSnapshot {
    sources = List.copyOf(sources);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  public static CatalogSnapshot empty() {
    return new CatalogSnapshot(List.of(), List.of(), List.of());
  }
}
