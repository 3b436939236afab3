/**
 * The lineage REST API (JAX-RS): OpenLineage ingestion, SQL lineage, graph walks, PII findings and
 * impact analysis, its JSON records and the lineage exception mapper. Never imports db.
 */
package org.pactum.lineage.api;
