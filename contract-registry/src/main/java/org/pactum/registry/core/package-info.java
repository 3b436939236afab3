/**
 * The schema registry's domain: subjects, versions, compatibility levels and modes,
 * CompatibilityChecker (one entry point over the formats' rules), SchemaParsers, SchemaRegistry,
 * the RegistryStore port and the registry's domain exceptions. Format-specific rules live in avro
 * and protobuf; the vocabulary they share lives in schema.
 */
package org.pactum.registry.core;
