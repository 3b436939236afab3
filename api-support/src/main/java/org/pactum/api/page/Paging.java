package org.pactum.api.page;

/**
 * How one list endpoint pages: the kind tag its cursors carry (a cursor another endpoint issued is
 * refused), the {@code limit} used when none is given, and the largest {@code limit} it takes.
 */
public record Paging(String kind, int defaultLimit, int maxLimit) {
  public Paging {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("kind: required");
    }
    if (defaultLimit < 1 || maxLimit < defaultLimit) {
      throw new IllegalArgumentException("limits: need 1 <= default <= max");
    }
  }
}
