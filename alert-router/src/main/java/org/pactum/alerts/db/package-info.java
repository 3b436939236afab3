/**
 * The alert router's store, PostgreSQL schema {@code alerts}: small JDBI SqlObject DAOs with their
 * SQL inline, the {@code *Row} records they map, and the two adapters the rest of the module sees —
 * {@link org.pactum.alerts.db.JdbiAlertStore} (incidents, silences and the outbox, a plan written
 * in one transaction) and {@link org.pactum.alerts.db.JdbiAlertsReadModel} (what the API and UI
 * show, as core values). No other package reads a row.
 */
package org.pactum.alerts.db;
