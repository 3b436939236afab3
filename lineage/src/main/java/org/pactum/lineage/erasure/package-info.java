/**
 * The GDPR erasure part of the lineage module's Dropwizard wiring: ErasureBundle (resources, the
 * managed scheduler), ErasureConfig (its configuration section) and ErasureRuntime, its parts wired
 * by hand.
 */
package org.pactum.lineage.erasure;
