/**
 * OpenLineage ingestion: parses run events (with the column-lineage facet and namespace mapping)
 * into the core's LineageBatch.
 */
package org.pactum.lineage.openlineage;
