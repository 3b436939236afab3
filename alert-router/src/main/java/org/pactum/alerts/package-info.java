/**
 * Signals to incidents to notifications: routing, escalation, muting, outbox delivery (DESIGN.md
 * §2). This package is the module's configuration ({@link org.pactum.alerts.AlertsConfig}, {@link
 * org.pactum.alerts.ReceiverRegistry}) and wiring: {@link org.pactum.alerts.AlertsContext} builds
 * the object graph by constructor, {@link org.pactum.alerts.AlertsBundle} checks the configuration
 * at start-up and runs the context's workers and health check. No other package depends on it.
 */
package org.pactum.alerts;
