/**
 * The lineage domain: datasets, columns and their edges, the LineageStore port, LineageService
 * (record, walk, PII propagation, impact analysis), the SqlLineage port the sql package implements
 * and its SqlLineageResult, and LineageException. No JDBC, no JAX-RS.
 */
package org.pactum.lineage.core;
