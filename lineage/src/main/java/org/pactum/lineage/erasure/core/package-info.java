/**
 * Erasure's domain: planning (ErasurePlanner over the contracts and PII lineage), the statements of
 * one dataset's erasure (DatasetEraser, FieldPath; names validated and quoted by the identifier
 * rules shared with the check engine, {@code org.pactum.warehouse}), executing and verifying with
 * retries (ErasureExecutor, RetryPolicy), the reconciliation sweep, the suppression list, the audit
 * chain, subject hashing and the ErasureStore and AuditLog ports. Runs statements through the
 * warehouse package; no JDBC, no JAX-RS.
 */
package org.pactum.lineage.erasure.core;
