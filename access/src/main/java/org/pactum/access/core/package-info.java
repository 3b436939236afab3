/**
 * API tokens, pure (no JDBC, no JAX-RS): {@link org.pactum.access.core.ApiTokens} creates them (for
 * an administrator; the secret shown once, as a {@link org.pactum.access.core.NewToken}), lists and
 * revokes them, and tells who presented a secret, remembering verified secrets briefly; {@link
 * org.pactum.access.core.ApiTokenAuthenticator} is the edge's {@code Authenticator} for bearer and
 * Basic credentials. {@link org.pactum.access.core.TokenStore} is the port {@code db} implements;
 * it sees only a secret's hash.
 */
package org.pactum.access.core;
