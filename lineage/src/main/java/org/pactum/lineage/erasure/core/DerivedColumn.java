package org.pactum.lineage.erasure.core;

/**
 * A column derived from a PII column, found through lineage.
 *
 * @param datasource the warehouse datasource holding it
 * @param table its table ({@code schema.table})
 * @param column the derived column
 * @param derivedFromKey whether it carries the subject's key itself (the dataset can then be erased
 *     by this column), rather than a PII value derived from another column
 */
public record DerivedColumn(
    String datasource, String table, String column, boolean derivedFromKey) {}
