/**
 * From a contract's checks to SQL text: the {@link org.pactum.checks.plan.PlanCompiler} compiles
 * the checks on one table and load scope into an inspectable {@link
 * org.pactum.checks.plan.ScanPlan} (one fused aggregate scan, plus only the statements that cannot
 * share it), and the {@link org.pactum.checks.plan.Dialect} (PostgreSQL, DuckDB) validates and
 * quotes identifiers by the rules it shares with erasure ({@code org.pactum.warehouse}: {@code
 * Identifier}, {@code TableName}) and produces SQL text and bind lists. It never touches a
 * connection.
 */
package org.pactum.checks.plan;
