package org.pactum.lineage.core;

/**
 * Lineage tunables (from {@code LineageConfig}).
 *
 * @param defaultNamespace the namespace of tables in SQL posted without one
 * @param defaultSchema the schema of unqualified table names
 * @param sqlJobNamespace the job namespace of SQL-derived lineage
 * @param defaultDepth walk depth when a query names none
 * @param maxDepth the deepest walk a query may ask for
 */
public record LineageSettings(
    String defaultNamespace,
    String defaultSchema,
    String sqlJobNamespace,
    int defaultDepth,
    int maxDepth) {
  public static final LineageSettings DEFAULTS =
      new LineageSettings("warehouse", "public", "pactum.sql", 5, 20);
}
