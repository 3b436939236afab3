/**
 * Protobuf: parsing .proto schemas with Wire and the wire-level compatibility rules (messages,
 * fields, enums, services) as CompatibilityRules.
 */
package org.pactum.registry.core.protobuf;
