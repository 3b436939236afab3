package org.pactum.registry.core;

import java.util.List;

/**
 * Confluent's own paging of its list endpoints ({@code GET /schemas}, {@code GET /subjects}, {@code
 * GET /subjects/{subject}/versions}): skip {@code offset} items (default 0; a negative offset is
 * 0), then take {@code limit} (default -1; zero or less takes every remaining item). An offset past
 * the end gives an empty list. Answers stay bare JSON arrays, as Confluent clients expect.
 */
public record ConfluentWindow(int offset, int limit) {
  /** The whole list. */
  public static final ConfluentWindow ALL = new ConfluentWindow(0, -1);

  /** The items of {@code list} inside the window. */
  public <T> List<T> apply(List<T> list) {
    int from = Math.min(Math.max(offset, 0), list.size());
    int to = limit > 0 ? (int) Math.min(list.size(), (long) from + limit) : list.size();
    return List.copyOf(list.subList(from, to));
  }
}
