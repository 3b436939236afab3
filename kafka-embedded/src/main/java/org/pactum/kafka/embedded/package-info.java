/**
 * One real Apache Kafka node in KRaft mode (broker and controller combined) run inside the calling
 * JVM, from Kafka's own server classes: for tests, the demo and the benchmark. It owns formatting
 * the node's log directory, choosing loopback ports and the node's start and orderly stop; nothing
 * here speaks the Kafka protocol itself.
 */
package org.pactum.kafka.embedded;
