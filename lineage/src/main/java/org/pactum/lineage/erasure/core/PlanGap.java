package org.pactum.lineage.erasure.core;

/**
 * Something the plan cannot erase automatically, listed for a human instead of being skipped.
 *
 * @param contractId the contract concerned, or null
 * @param datasource the datasource, or null when unknown
 * @param table the table, or null when unknown
 * @param column the column concerned, or null for the whole dataset
 * @param reason why it is a gap
 */
public record PlanGap(
    String contractId, String datasource, String table, String column, String reason) {}
