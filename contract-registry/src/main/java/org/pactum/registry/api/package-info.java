/**
 * The registry's JAX-RS edge: the Confluent-compatible schema registry API and the contract API,
 * their request and response records, and the exception mappers of the registry and contract
 * families. Never imports db.
 */
package org.pactum.registry.api;
