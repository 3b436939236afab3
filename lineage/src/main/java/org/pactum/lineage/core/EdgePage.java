package org.pactum.lineage.core;

/**
 * Which of a column graph's edges to read: none ({@link #NONE}, the columns reached only), or up to
 * {@code limit} edges after {@code after} (null: from the first). Pages end at a (target, source)
 * column pair boundary, so a page may hold fewer than {@code limit} edges — or, only when one pair
 * alone has more edges than {@code limit}, that whole pair.
 */
public record EdgePage(int limit, EdgeCursor after) {
  /** The edges of a graph response unless the caller asks otherwise. */
  public static final int DEFAULT_LIMIT = 5_000;

  /** The most edges one response may carry. */
  public static final int MAX_LIMIT = 50_000;

  public static final EdgePage NONE = new EdgePage(0, null);

  public EdgePage {
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("edge limit must be 0.." + MAX_LIMIT + ", got " + limit);
    }
  }

  public static EdgePage first(int limit) {
    return new EdgePage(limit, null);
  }

  public boolean wanted() {
    return limit > 0;
  }
}
