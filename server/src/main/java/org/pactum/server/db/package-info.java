/**
 * Pactum's own database: the embedded PostgreSQL default or a configured one, every module's
 * migrations, the warehouse datasources by name, and the migrations health check.
 */
package org.pactum.server.db;
