package org.pactum.streams.run;

import java.time.Instant;
import org.pactum.streams.core.Binding;

/**
 * One binding's validator as this instance runs it.
 *
 * @param detail why it waits or failed, for people; null when running
 * @param since when it entered this state
 */
public record StreamStatus(
    Binding binding, int contractVersion, StreamState state, String detail, Instant since) {}
