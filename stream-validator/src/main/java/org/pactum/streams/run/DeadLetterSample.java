package org.pactum.streams.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One dead letter as read back from its topic: where it is and its reasons, from the {@code
 * __pactum.errors.*} headers. Never its key or value (they may hold personal data); the reasons'
 * actual values were masked for PII when the validator wrote them.
 *
 * @param reasons each reason's fields ({@code class}, {@code check}, {@code field}, {@code
 *     expected}, {@code actual}), in order
 * @param about the rest of the error headers: contract, schema id, original topic, partition and
 *     offset, the producer's service id and deployment hash
 */
public record DeadLetterSample(
    int partition,
    long offset,
    Instant timestamp,
    List<Map<String, String>> reasons,
    Map<String, String> about) {}
