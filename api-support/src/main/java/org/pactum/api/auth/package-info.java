/**
 * Who is calling (DESIGN.md §5, issue #15), the vocabulary every module and the edge share, free of
 * JAX-RS and servlets: the {@link org.pactum.api.auth.Role}s, the {@link
 * org.pactum.api.auth.Action}s and the {@link org.pactum.api.auth.RoleMatrix} between them (and its
 * refusal, {@link org.pactum.api.auth.NotAllowedException}), {@link org.pactum.api.auth.TeamName},
 * the {@link org.pactum.api.auth.Principal} a request runs as, the {@link
 * org.pactum.api.auth.Credentials} a request presents (bearer, Basic, unreadable), the {@link
 * org.pactum.api.auth.Authenticator} port and its typed {@link org.pactum.api.auth.AuthResult}, the
 * API-token format ({@link org.pactum.api.auth.TokenSecret}, stored only as a {@link
 * org.pactum.api.auth.TokenHash}), and the {@link org.pactum.api.auth.VerifiedCache} that makes a
 * repeated credential cost one lookup. OpenID Connect bearer tokens are {@code oidc}'s; the request
 * filter, its rate limit and the {@code auth:} configuration are {@code filter}'s; binding each
 * resource method's rule is {@code authz}'s; API tokens are stored by the {@code access} module.
 */
package org.pactum.api.auth;
