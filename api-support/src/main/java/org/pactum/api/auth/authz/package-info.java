/**
 * Authorization at the edge, once for every module (issue #15): every resource method names the
 * {@link org.pactum.api.auth.Action} it takes with {@link org.pactum.api.auth.authz.Requires};
 * {@link org.pactum.api.auth.authz.AuthorizationFeature} binds a filter per method that asks the
 * {@link org.pactum.api.auth.RoleMatrix} (priority {@code AUTHORIZATION}, after authentication) and
 * refuses methods without a rule; {@link org.pactum.api.auth.authz.NotAllowedMapper} answers a
 * service's team-scope refusal the same way; {@link org.pactum.api.auth.authz.ReadGate} lets a
 * servlet fast path apply the read rule. Register {@link
 * org.pactum.api.auth.authz.Authorization#providers()} beside the authentication filter.
 */
package org.pactum.api.auth.authz;
