/**
 * The CI gate's local side: finding contracts under a path, comparing them with a git revision or a
 * registry, and printing verdicts as text, JSON, JUnit XML or GitHub annotations.
 */
package org.pactum.server.gate;
