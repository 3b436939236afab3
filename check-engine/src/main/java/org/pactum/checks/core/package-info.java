/**
 * The check engine's domain: run values ({@link org.pactum.checks.core.RunRequest}, {@link
 * org.pactum.checks.core.RunId}, {@link org.pactum.checks.core.Trigger}, {@link
 * org.pactum.checks.core.DatasetKey}, results and statuses), the ports the engine records and
 * learns through ({@code ResultLog}, {@code RunQueueLog}, {@code MetricHistory}, {@code
 * RunHistory}), compiling checks into scans over the text-only {@link
 * org.pactum.checks.plan.Dialect}, judging measurements into verdicts and learned baselines. No
 * JDBC, no JAX-RS.
 */
package org.pactum.checks.core;
