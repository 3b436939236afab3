package org.pactum.api.page;

import java.util.List;
import java.util.function.Function;
import org.pactum.api.InvalidInputException;

/**
 * One page asked of a list endpoint: at most {@code limit} items after {@code after} (null: from
 * the start). Read it from the {@code limit} and {@code next} query parameters with {@link #of};
 * fetch {@link #fetchSize()} rows (one more than the limit, to learn whether a next page exists)
 * from the keyset position, and cut them into a {@link Page} with {@link #page}.
 */
public record PageRequest(Paging paging, int limit, Cursor after) {
  public PageRequest {
    if (limit < 1 || limit > paging.maxLimit()) {
      throw new IllegalArgumentException("limit: 1 … " + paging.maxLimit());
    }
    if (after != null && !after.kind().equals(paging.kind())) {
      throw new IllegalArgumentException("after: a cursor of kind " + after.kind());
    }
  }

  /** The first page at the default limit. */
  public static PageRequest first(Paging paging) {
    return new PageRequest(paging, paging.defaultLimit(), null);
  }

  /**
   * The page the query parameters ask for. A blank or absent {@code limit} is the default; a blank
   * or absent {@code next} is the first page.
   *
   * @param keyParts how many key parts this endpoint's cursors hold
   * @throws InvalidInputException 400 naming {@code limit} (not a whole number from 1 to the
   *     maximum) or {@code next} (not a cursor this endpoint issued)
   */
  public static PageRequest of(Paging paging, int keyParts, String limit, String next) {
    int n = limit(paging, limit);
    Cursor after =
        next == null || next.isBlank()
            ? null
            : CursorCodec.decode(next.strip(), paging.kind(), keyParts);
    return new PageRequest(paging, n, after);
  }

  private static int limit(Paging paging, String value) {
    if (value == null || value.isBlank()) {
      return paging.defaultLimit();
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= 1 && n <= paging.maxLimit()) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw InvalidInputException.parameter(
        "limit", "limit: must be a whole number from 1 to " + paging.maxLimit());
  }

  /** How many rows to read: the limit and one more, which tells whether another page follows. */
  public int fetchSize() {
    return limit + 1;
  }

  /**
   * The page out of {@code fetched} (at most {@link #fetchSize()} rows, in the list's order): its
   * first {@code limit} items, and a cursor after the last of them when more rows were fetched.
   *
   * @param key the keyset position of an item: its sort key and id, as text
   */
  public <T> Page<T> page(String itemsName, List<T> fetched, Function<T, List<String>> key) {
    if (fetched.size() <= limit) {
      return new Page<>(itemsName, fetched, null);
    }
    List<T> items = fetched.subList(0, limit);
    String next =
        CursorCodec.encode(new Cursor(paging.kind(), key.apply(items.get(items.size() - 1))));
    return new Page<>(itemsName, items, next);
  }
}
