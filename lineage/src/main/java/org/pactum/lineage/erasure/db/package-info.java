/**
 * JDBI SqlObject DAOs of schema privacy (requests, datasets, gaps, suppression, sweeps, audit
 * events), their row records, and the JDBI ErasureStore and AuditLog.
 */
package org.pactum.lineage.erasure.db;
