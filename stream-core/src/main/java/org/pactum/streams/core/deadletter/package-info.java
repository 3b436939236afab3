/**
 * The dead-letter record's headers: one namespace, {@code __pactum.errors.}, modelled on Kafka
 * Connect's {@code __connect.errors.}; the names are listed in {@link
 * org.pactum.streams.core.deadletter.DeadLetterHeaders} and in the module README.
 */
package org.pactum.streams.core.deadletter;
