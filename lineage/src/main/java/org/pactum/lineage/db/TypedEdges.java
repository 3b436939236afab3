package org.pactum.lineage.db;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.pactum.lineage.core.TransformationSubtype;

/**
 * Typed edges (column edges, dataset dependencies) as parallel arrays, bound by name ({@code
 * :sources}, {@code :targets}, {@code :types}, {@code :subtypes}, {@code :maskings}) into one
 * {@code unnest} upsert of {@link LineageDao}.
 */
public record TypedEdges(
    long[] sources, long[] targets, String[] types, String[] subtypes, boolean[] maskings) {

  /**
   * One row per edge, in the collection's order; each edge's type is its subtype's type.
   *
   * @param source the id of an edge's source
   * @param target the id of an edge's target
   */
  static <E> TypedEdges of(
      Collection<E> edges,
      ToLongFunction<E> source,
      ToLongFunction<E> target,
      Function<E, TransformationSubtype> subtype,
      Predicate<E> masking) {
    int n = edges.size();
    long[] sources = new long[n];
    long[] targets = new long[n];
    String[] types = new String[n];
    String[] subtypes = new String[n];
    boolean[] maskings = new boolean[n];
    int i = 0;
    for (E e : edges) {
      TransformationSubtype s = subtype.apply(e);
      sources[i] = source.applyAsLong(e);
      targets[i] = target.applyAsLong(e);
      types[i] = s.type().name();
      subtypes[i] = s.name();
      maskings[i] = masking.test(e);
      i++;
    }
    return new TypedEdges(sources, targets, types, subtypes, maskings);
  }
}
