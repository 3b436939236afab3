/**
 * The vocabulary every schema format shares: SchemaParser and CompatibilityRules (implemented by
 * avro and protobuf), ParsedSchema, SchemaReference, ParseLimits and NestingDepth,
 * InvalidSchemaException, and the Finding (IncompatibilityType, Direction, SourcePosition) a
 * comparison reports. Depends on no other package of the module.
 */
package org.pactum.registry.core.schema;
