/**
 * The contract model: immutable records and enums for a data contract (dataset, schema, columns,
 * checks, PII, compatibility mode, erasure actions). No parsing, no I/O.
 */
package org.pactum.contracts.model;
