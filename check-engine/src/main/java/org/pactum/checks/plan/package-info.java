/**
 * SQL text per database: the {@link org.pactum.checks.plan.Dialect} (PostgreSQL, DuckDB) validates
 * and quotes identifiers and produces SQL text and bind lists; it never touches a connection.
 */
package org.pactum.checks.plan;
