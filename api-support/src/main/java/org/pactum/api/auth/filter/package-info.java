/**
 * Authentication at the edge, once for every module: {@link
 * org.pactum.api.auth.filter.AuthenticationFilter} asks the configured {@link
 * org.pactum.api.auth.Authenticator}s who presented a request's credentials, refuses credentials in
 * query strings, counts failures per source address ({@link
 * org.pactum.api.auth.filter.FailedAttempts}, bounded memory → 429), answers 401/403 in the path's
 * dialect with {@code WWW-Authenticate}, and sets the request's {@link
 * org.pactum.api.auth.filter.PrincipalSecurityContext}. Configured by the {@code auth:} section
 * ({@link org.pactum.api.auth.filter.AuthConfig} → {@link
 * org.pactum.api.auth.filter.AuthSettings}).
 */
package org.pactum.api.auth.filter;
