package org.pactum.checks.plan;

/**
 * A validated reference to the checked table.
 *
 * @param text the contract's {@code dataset.table} as written
 * @param sql the reference as it appears in generated SQL: quoted identifiers, or a DuckDB file
 *     function with an escaped path literal
 */
public record TableRef(String text, String sql) {}
