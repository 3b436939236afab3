/**
 * The GDPR erasure part of the lineage module's wiring: {@code ErasureContext} (its object graph,
 * built by hand), {@code ErasureBundle} (its background work with the server) and {@code
 * ErasureConfig} (its configuration section).
 */
package org.pactum.lineage.erasure;
