/**
 * The semantic diff of two contract versions: schema, check and PII changes (SemanticChange) with
 * their severity and the version bump they call for (SemVer rules).
 */
package org.pactum.contracts.diff;
