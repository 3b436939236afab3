package org.pactum.lineage.core;

import java.util.Objects;

/**
 * A dataset in the graph: an OpenLineage namespace and name. A contract's dataset is namespace =
 * {@code dataset.datasource}, name = {@code dataset.table} (e.g. {@code warehouse} / {@code
 * public.orders}).
 */
public record DatasetRef(String namespace, String name) {
  public DatasetRef {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Parses the API's path form {@code namespace:name} (the first colon separates them).
   *
   * @throws LineageException naming {@code field} when there is no colon or a part is empty
   */
  public static DatasetRef parse(String text, String field) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw LineageException.invalid(
          field + " must be <namespace>:<name> (e.g. warehouse:public.orders), got: " + text);
    }
    return new DatasetRef(text.substring(0, colon), text.substring(colon + 1));
  }

  /** {@code namespace:name}. */
  @Override
  public String toString() {
    return namespace + ":" + name;
  }
}
