/**
 * Tests of contracts enforced on Kafka with clients Pactum did not write: orders produced by
 * Confluent's npm clients through the validator topology, and its dead-letter topic read by other
 * consumers.
 */
package org.pactum.server.streams;
