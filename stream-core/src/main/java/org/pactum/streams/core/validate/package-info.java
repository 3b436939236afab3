/**
 * Validation of one record, in the order data flows: tombstone rule → wire-format header → writer
 * schema by id → Avro payload → the contract's row-level checks in Java, with the warehouse checks'
 * semantics (see the module README for which check types apply to one record).
 */
package org.pactum.streams.core.validate;
