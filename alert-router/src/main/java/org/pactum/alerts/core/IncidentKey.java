package org.pactum.alerts.core;

/**
 * One open incident at most per (contract, check, dataset): the same check failing on a table and
 * on a stream (dataset {@code kafka:<topic>}) is two facts, each opening, escalating and resolving
 * on its own.
 */
public record IncidentKey(String contractId, String check, String dataset) {}
