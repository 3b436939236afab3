/**
 * SQL-derived lineage: parses SQL with JSqlParser and derives column-level edges
 * (SqlLineageAnalyzer, the core's SqlLineage), resolving columns through a SchemaCatalog
 * (ContractSchemaCatalog: the contracts' schemas).
 */
package org.pactum.lineage.sql;
