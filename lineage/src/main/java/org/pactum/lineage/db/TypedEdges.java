package org.pactum.lineage.db;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactum.lineage.core.ColumnRef;
import org.pactum.lineage.core.TypedLink;

/**
 * Typed edges (column edges, dataset dependencies) as parallel arrays, bound by name ({@code
 * :sources}, {@code :targets}, {@code :types}, {@code :subtypes}, {@code :maskings}) into one
 * {@code unnest} upsert of {@link LineageDao}.
 */
public record TypedEdges(
    long[] sources, long[] targets, String[] types, String[] subtypes, boolean[] maskings) {

  /**
   * The links, one row per (source, target, subtype): a repeated one keeps its first place and its
   * last masking.
   *
   * @param sources the ids of the links' source columns
   * @param targets the ids of the links' targets
   */
  static <T> TypedEdges unique(
      Collection<? extends TypedLink<T>> links,
      Map<ColumnRef, Long> sources,
      Map<T, Long> targets) {
    Map<List<Object>, TypedLink<T>> unique = new LinkedHashMap<>();
    for (TypedLink<T> l : links) {
      unique.put(List.of(l.source(), l.target(), l.subtype()), l);
    }
    int n = unique.size();
    TypedEdges edges =
        new TypedEdges(new long[n], new long[n], new String[n], new String[n], new boolean[n]);
    int i = 0;
    for (TypedLink<T> l : unique.values()) {
      edges.sources[i] = sources.get(l.source());
      edges.targets[i] = targets.get(l.target());
      edges.types[i] = l.type().name();
      edges.subtypes[i] = l.subtype().name();
      edges.maskings[i] = l.masking();
      i++;
    }
    return edges;
  }

  boolean isEmpty() {
    return sources.length == 0;
  }
}
