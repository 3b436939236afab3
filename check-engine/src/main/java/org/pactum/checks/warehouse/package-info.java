/**
 * Talking to the checked datasource: a {@link org.pactum.checks.warehouse.WarehouseSession}
 * prepares the connection, binds and runs statements with timeouts, and classifies failures into
 * one {@link org.pactum.warehouse.FailureKind} (shared with erasure; by SQLState on PostgreSQL, by
 * message on DuckDB, which reports none); session control per database lives here, not in the
 * dialect.
 */
package org.pactum.checks.warehouse;
