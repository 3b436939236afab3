/**
 * The send stage: the {@link org.pactum.alerts.delivery.DeliveryWorker} claims the due head of each
 * ordering key from the {@link org.pactum.alerts.delivery.Outbox} (at least once, never two sends
 * of one key at a time) and hands it to its receiver kind's {@link
 * org.pactum.alerts.delivery.Notifier} ({@link org.pactum.alerts.delivery.SlackNotifier}, {@link
 * org.pactum.alerts.delivery.PagerDutyNotifier}, {@link
 * org.pactum.alerts.delivery.WebhookNotifier}), which owns its body, its send-time rules and the
 * classification of the answer into a {@link org.pactum.alerts.core.DeliveryOutcome}; the worker
 * retries with backoff, gives up, or marks the receiver misconfigured accordingly. Endpoints hold
 * secrets and never reach a log or a row.
 */
package org.pactum.alerts.delivery;
