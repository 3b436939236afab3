/**
 * Identity and access (DESIGN.md §5, issue #15): machines' API tokens (schema {@code access}) and
 * the wiring of authentication. This package is the module's wiring: {@link
 * org.pactum.access.AccessContext} builds the token store, service and API, the authenticators (API
 * tokens, OpenID Connect JWTs) and the edge's filter from the {@code auth:} section. No other
 * package depends on it.
 */
package org.pactum.access;
