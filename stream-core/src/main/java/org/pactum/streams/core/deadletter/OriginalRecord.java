package org.pactum.streams.core.deadletter;

/** Where a rejected record was read: its topic, partition and offset. */
public record OriginalRecord(String topic, int partition, long offset) {}
