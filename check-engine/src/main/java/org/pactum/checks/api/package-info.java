/**
 * The check engine's REST API: run, result and baseline-reset resources, their JSON records and the
 * {@code ChecksException} mapper. Never imports {@code db}.
 */
package org.pactum.checks.api;
