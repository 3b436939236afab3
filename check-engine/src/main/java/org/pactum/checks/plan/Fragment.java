package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A piece of SQL with the values bound to its {@code ?} placeholders, in order. */
public record Fragment(String sql, List<Object> params) {
  public Fragment {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  public static Fragment of(String sql, Object... params) {
    return new Fragment(sql, Arrays.asList(params));
  }
}
