/**
 * SQL text per database: the {@link org.pactum.checks.plan.Dialect} (PostgreSQL, DuckDB) validates
 * and quotes identifiers by the rules it shares with erasure ({@code org.pactum.warehouse}: {@code
 * Identifier}, {@code TableName}) and produces SQL text and bind lists; it never touches a
 * connection.
 */
package org.pactum.checks.plan;
