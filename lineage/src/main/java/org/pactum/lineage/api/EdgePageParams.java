package org.pactum.lineage.api;

import org.pactum.api.input.QueryFlags;
import org.pactum.lineage.core.EdgeCursor;
import org.pactum.lineage.core.EdgePage;
import org.pactum.lineage.core.LineageException;

/**
 * The edge page a column-graph request asks for: {@code edges=false} (the columns only), {@code
 * edge_limit} (1..{@value EdgePage#MAX_LIMIT}, default {@value EdgePage#DEFAULT_LIMIT}) and {@code
 * edges_after} (the {@code next_edges} token of the previous page).
 */
final class EdgePageParams {
  private EdgePageParams() {}

  static EdgePage of(String edges, String edgeLimit, String edgesAfter) {
    if (!QueryFlags.parse("edges", edges, true)) {
      if (present(edgeLimit) || present(edgesAfter)) {
        throw LineageException.invalid("edge_limit and edges_after need edges=true");
      }
      return EdgePage.NONE;
    }
    int limit = present(edgeLimit) ? limit(edgeLimit) : EdgePage.DEFAULT_LIMIT;
    EdgeCursor after = present(edgesAfter) ? cursor(edgesAfter) : null;
    return new EdgePage(limit, after);
  }

  private static int limit(String edgeLimit) {
    try {
      int limit = Integer.parseInt(edgeLimit.trim());
      if (limit >= 1 && limit <= EdgePage.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw LineageException.invalid(
        "edge_limit must be a whole number from 1 to "
            + EdgePage.MAX_LIMIT
            + ", got: "
            + edgeLimit);
  }

  private static EdgeCursor cursor(String token) {
    try {
      return EdgeCursor.parse(token);
    } catch (IllegalArgumentException e) {
      throw LineageException.invalid(
          "edges_after must be the next_edges value of a previous answer, got: " + token);
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
