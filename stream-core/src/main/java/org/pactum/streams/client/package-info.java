/**
 * A small HTTP client of Pactum's server for producers and standalone validators: the Confluent
 * Schema Registry API subset they need (a schema by id, a schema's id under a subject, registering,
 * a subject's latest version) and a contract's latest published document, over {@code
 * java.net.http} with bearer or HTTP Basic authentication, timeouts, and one typed error ({@link
 * org.pactum.streams.client.RegistryClientException}: not found, unavailable, refused). Kept out of
 * {@code core}, which knows no HTTP.
 */
package org.pactum.streams.client;
