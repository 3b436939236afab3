/**
 * The contract linter: one LintRule per concern (datasets, column references and types, PII,
 * duplicate names, accepted values), reporting into a ProblemCollector.
 */
package org.pactum.contracts.lint;
