/**
 * The problem vocabulary every stage of loading shares: a Problem (file, line, column, code,
 * message) with its Severity, and the ProblemCollector the parser, the schema loaders and the
 * linter report into. Depends on no other package of the module.
 */
package org.pactum.contracts.problem;
