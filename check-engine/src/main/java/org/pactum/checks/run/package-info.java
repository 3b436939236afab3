/**
 * Running checks: the {@link org.pactum.checks.run.CheckEngine} (one run: connect, probe, compile,
 * scan, judge, sample, record; its answer a {@link org.pactum.checks.run.RunResult}), the {@link
 * org.pactum.checks.run.RunCoordinator} (bounded pool and per-table queue), the freshness {@link
 * org.pactum.checks.run.FreshnessScheduler}, {@link org.pactum.checks.run.Backfill}, and the
 * validation of a run request's parameters ({@link org.pactum.checks.run.RunParameters}).
 */
package org.pactum.checks.run;
