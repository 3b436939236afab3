/**
 * The alert router's domain, pure (no JDBC, no JAX-RS): {@link org.pactum.alerts.core.Signal}s in,
 * incidents and planned notifications out. The stages, in the order data flows: {@link
 * org.pactum.alerts.core.Router} (route) → {@link org.pactum.alerts.core.Escalation} (the incident
 * state machine) → {@link org.pactum.alerts.core.Muter}s ({@link
 * org.pactum.alerts.core.Inhibition}, {@link org.pactum.alerts.core.ActiveSilences}) giving a
 * sealed {@link org.pactum.alerts.core.Suppression} → one outbox row per receiver, worded by its
 * kind ({@link org.pactum.alerts.core.MessageFormats}). {@link org.pactum.alerts.core.AlertPlanner}
 * composes them; {@link org.pactum.alerts.core.AlertRouter} commits a plan in one transaction and
 * nudges delivery. Also the ports the other packages implement: {@link
 * org.pactum.alerts.core.AlertStore} and {@link org.pactum.alerts.core.AlertsReadModel} ({@code
 * db}), {@link org.pactum.alerts.core.ReceiverDirectory} (the configured receivers).
 */
package org.pactum.alerts.core;
