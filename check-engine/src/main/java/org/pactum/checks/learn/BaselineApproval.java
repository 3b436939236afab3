package org.pactum.checks.learn;

import java.time.Instant;

/**
 * An approved baseline reset: an owner accepted a new normal after an intended change.
 *
 * @param approvedBy who approved
 * @param approvedAt when
 * @param reason why
 * @param fromRun the run training restarts from, or null (from the approval)
 */
public record BaselineApproval(
    String approvedBy, Instant approvedAt, String reason, String fromRun) {}
