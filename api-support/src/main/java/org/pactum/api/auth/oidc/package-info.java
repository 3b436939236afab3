/**
 * People's bearer tokens: JWTs from one OpenID Connect issuer, verified by Nimbus against the keys
 * its discovery document names ({@link org.pactum.api.auth.oidc.JwtAuthenticator}, {@link
 * org.pactum.api.auth.oidc.OidcDiscovery}), their claims mapped to a role and teams ({@link
 * org.pactum.api.auth.oidc.ClaimMapping}), configured by the {@code auth.oidc:} section ({@link
 * org.pactum.api.auth.oidc.OidcConfig}, checked into {@link
 * org.pactum.api.auth.oidc.OidcSettings}).
 */
package org.pactum.api.auth.oidc;
