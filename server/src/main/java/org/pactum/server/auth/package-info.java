/**
 * Authentication where the edge's JAX-RS filter does not reach: servlet filters that answer before
 * Jersey (the registry's schema-by-id fast path) serve only callers the authenticators accept.
 */
package org.pactum.server.auth;
