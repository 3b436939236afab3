/**
 * The result log, run queue and metric history in PostgreSQL schema {@code checks}: JDBI SqlObject
 * DAOs with inline SQL, {@code *Row} records, and the stores implementing the core ports.
 */
package org.pactum.checks.db;
