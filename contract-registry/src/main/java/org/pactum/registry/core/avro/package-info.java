/**
 * Avro: parsing schemas within the parse limits and the Avro specification's schema-resolution
 * rules as CompatibilityRules.
 */
package org.pactum.registry.core.avro;
