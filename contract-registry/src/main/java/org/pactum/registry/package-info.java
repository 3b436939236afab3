/**
 * The contract registry module's Dropwizard wiring: RegistryBundle (migrations, resources) and
 * RegistryConfig (its configuration section).
 */
package org.pactum.registry;
