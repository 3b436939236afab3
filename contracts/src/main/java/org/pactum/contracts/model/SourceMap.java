package org.pactum.contracts.model;

import java.util.Map;

/**
 * Where each element of a contract was written, keyed by its YAML path: {@code id}, {@code
 * schema.file}, {@code dataset.table}, {@code pii.key}, {@code pii.fields.email}, {@code
 * checks[3]}... Lets tools point at a contract line without every record carrying positions.
 */
public record SourceMap(Map<String, SourcePosition> positions) {

  public static final SourceMap EMPTY = new SourceMap(Map.of());

  public SourceMap {
    positions = Map.copyOf(positions);
  }

  /**
   * The position of {@code path}, or of its closest recorded ancestor ({@code pii.fields.email}
   * falls back to {@code pii.fields}, then {@code pii}), or {@link SourcePosition#UNKNOWN}.
   */
  public SourcePosition at(String path) {
    String p = path;
    while (true) {
      SourcePosition found = positions.get(p);
      if (found != null) {
        return found;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        return SourcePosition.UNKNOWN;
      }
      p = p.substring(0, cut);
    }
  }

  public boolean has(String path) {
    return positions.containsKey(path);
  }
}
