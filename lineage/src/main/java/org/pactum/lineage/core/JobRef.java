package org.pactum.lineage.core;

import java.util.Objects;

/** The job that produced lineage: an OpenLineage job namespace and name. */
public record JobRef(String namespace, String name) {
  public JobRef {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public String toString() {
    return namespace + ":" + name;
  }
}
