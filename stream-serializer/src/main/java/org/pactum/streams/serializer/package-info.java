/**
 * The producer side of Pactum streams: {@link org.pactum.streams.serializer.PactumAvroSerializer},
 * a Kafka value serializer that finds its record's schema in Pactum's registry (Confluent's wire
 * format), checks the record against its contract's row-level checks before it is sent, and fails
 * the send or writes the record to the dead-letter topic, by configuration ({@link
 * org.pactum.streams.serializer.PactumSerializerConfig}).
 */
package org.pactum.streams.serializer;
