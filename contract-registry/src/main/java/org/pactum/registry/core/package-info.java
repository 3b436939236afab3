/**
 * The schema registry's domain: subjects, versions, compatibility levels and modes,
 * CompatibilityChecker (one entry point over the formats' rules), SchemaParsers, SchemaRegistry,
 * the RegistryStore port, the registry's domain exceptions, and SubjectTeams (which team claims
 * subjects no contract owns yet). Format-specific rules live in avro and protobuf; the vocabulary
 * they share lives in schema.
 */
package org.pactum.registry.core;
