package org.pactum.server.demo;

import java.time.Instant;

/**
 * One day's load into the demo warehouse.
 *
 * @param day 0 for the first of the history, counting up to the last (today's) load
 * @param at when the load lands (orders' {@code loaded_at}; the checks run just after)
 * @param broken the last load: a null spike, out-of-range amounts, a late arrival, more declines
 */
public record DemoLoad(int day, Instant at, boolean broken) {}
