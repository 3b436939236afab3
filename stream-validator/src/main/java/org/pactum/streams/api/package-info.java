/**
 * The streams API: {@code /api/v1/streams} — each binding's validator, its lag, its recorded
 * windows and its newest dead letters.
 */
package org.pactum.streams.api;
