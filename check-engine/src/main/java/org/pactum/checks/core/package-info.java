/**
 * The check engine's shared vocabulary, which every other package speaks: a run ({@link
 * org.pactum.checks.core.Run}, asked for by a {@link org.pactum.checks.core.RunRequest}, named by a
 * {@link org.pactum.checks.core.RunId}, started by a {@link org.pactum.checks.core.Trigger}, on a
 * {@link org.pactum.checks.core.DatasetKey}, in a {@link org.pactum.checks.core.RunState}), the
 * {@link org.pactum.checks.core.CheckedContract} it runs, its {@link
 * org.pactum.checks.core.CheckOutcome}s and {@link org.pactum.checks.core.Status}es, what it
 * measures ({@link org.pactum.checks.core.MetricKey}, {@link org.pactum.checks.core.Measurements},
 * distributions) and the ports the result log is read and written through ({@code ResultLog},
 * {@code RunQueueLog}, {@code RunHistory}, {@code ContractSource}). No JDBC, no JAX-RS, and no
 * dependency on the engine's other packages.
 */
package org.pactum.checks.core;
