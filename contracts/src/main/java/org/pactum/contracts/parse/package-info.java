/**
 * The YAML contract parser: a position-keeping YAML tree and one parser per section (checks, PII,
 * schema spec), reporting problems with line and column.
 */
package org.pactum.contracts.parse;
