/**
 * The check engine (DESIGN.md §2): {@code ChecksBundle} registers the run triggers (REST resources,
 * the managed coordinator and scheduler, a queue health check); {@code ChecksRuntime} wires the
 * running parts by hand.
 */
package org.pactum.checks;
