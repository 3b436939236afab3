/**
 * The stream validator's domain: what a binding is, the verdict on one record and its reasons. No
 * Kafka Streams, no JDBC, no JAX-RS here; the subpackages hold one job each (wire format, writer
 * schemas, per-record checks, dead-letter headers).
 */
package org.pactum.streams.core;
