/**
 * The contract registry module's wiring: {@code RegistryContext} (its object graph, built by hand)
 * and {@code RegistryConfig} (its configuration section). It has no background work, so no bundle.
 */
package org.pactum.registry;
