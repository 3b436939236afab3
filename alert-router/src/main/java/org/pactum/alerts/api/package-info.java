/**
 * The alert router's REST API: {@code /api/v1/incidents}, {@code /api/v1/silences}, {@code
 * /api/v1/alerts/…}. Resources take the core services they use by constructor and answer with the
 * snake_case records of {@link org.pactum.alerts.api.Json}; they never read {@code db}. Refusals
 * are {@link org.pactum.alerts.core.AlertsException}s, mapped by {@link
 * org.pactum.alerts.api.AlertsExceptionMapper}.
 */
package org.pactum.alerts.api;
