package org.pactum.lineage.core;

/**
 * Derives column-level lineage from SQL text (the {@code sql} package's analyzer implements it);
 * {@link LineageService} records what it derives.
 */
public interface SqlLineage {
  /**
   * @param sql one or more statements
   * @param namespace the namespace of the datasets the SQL names
   */
  SqlLineageResult analyze(String sql, String namespace);
}
