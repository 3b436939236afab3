package org.pactum.lineage.db;

import java.util.Arrays;

/**
 * Orders edges by their ends' ranks — source, then target — and edges between the same two columns
 * by a tie-breaker: a counting sort by source (linear), then each source's few edges by target as
 * packed longs. Thousands of edges sort without comparing objects.
 */
final class EdgeOrder {
  /** Compares two edges, by index, that have the same ends. */
  @FunctionalInterface
  interface Ties {
    int compare(int a, int b);
  }

  private EdgeOrder() {}

  /**
   * The permutation that puts the edges in order: {@code order[k]} is the index of the k-th edge.
   *
   * @param source each edge's source rank, in {@code [0, ranks)}
   * @param target each edge's target rank, in {@code [0, ranks)}
   */
  static int[] sort(int[] source, int[] target, int ranks, Ties ties) {
    int n = source.length;
    int[] start = new int[ranks + 1];
    for (int s : source) {
      start[s + 1]++;
    }
    for (int r = 0; r < ranks; r++) {
      start[r + 1] += start[r];
    }
    int[] next = Arrays.copyOf(start, ranks);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[next[source[i]]++] = ((long) target[i] << 32) | i;
    }
    int[] order = new int[n];
    for (int r = 0; r < ranks; r++) {
      Arrays.sort(keys, start[r], start[r + 1]);
      for (int k = start[r]; k < start[r + 1]; k++) {
        order[k] = (int) keys[k];
      }
      breakTies(order, keys, start[r], start[r + 1], ties);
    }
    return order;
  }

  /** Insertion sort by {@code ties} of each run of edges with the same target (runs are short). */
  private static void breakTies(int[] order, long[] keys, int from, int to, Ties ties) {
    int run = from;
    for (int k = from + 1; k <= to; k++) {
      if (k == to || keys[k] >>> 32 != keys[run] >>> 32) {
        for (int i = run + 1; i < k; i++) {
          int e = order[i];
          int j = i - 1;
          while (j >= run && ties.compare(order[j], e) > 0) {
            order[j + 1] = order[j];
            j--;
          }
          order[j + 1] = e;
        }
        run = k;
      }
    }
  }
}
