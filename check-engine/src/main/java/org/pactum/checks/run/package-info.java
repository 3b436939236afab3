/**
 * Running checks: the {@link org.pactum.checks.run.CheckEngine} (one run: connect, probe, compile,
 * scan, judge, sample, record), the {@link org.pactum.checks.run.RunCoordinator} (bounded pool and
 * per-table queue), the freshness {@link org.pactum.checks.run.FreshnessScheduler} and {@link
 * org.pactum.checks.run.Backfill}.
 */
package org.pactum.checks.run;
