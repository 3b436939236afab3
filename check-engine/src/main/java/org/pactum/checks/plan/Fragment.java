package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with the values bound to its {@code ?} placeholders, in order. */
public record Fragment(String sql, List<Object> params) {
  public Fragment {
    params = java.util.Collections.unmodifiableList(new ArrayList<>(params));
  }

  public static Fragment of(String sql, Object... params) {
    return new Fragment(sql, java.util.Arrays.asList(params));
  }
}
