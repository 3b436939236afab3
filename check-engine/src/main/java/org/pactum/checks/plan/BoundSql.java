package org.pactum.checks.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statement a dialect wrote, with the values bound to its {@code ?} placeholders, in order.
 *
 * @param sql the statement
 * @param params the bound values
 */
public record BoundSql(String sql, List<Object> params) {
  public BoundSql {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }
}
