/**
 * The token API, {@code /api/v1/tokens} ({@link org.pactum.access.api.TokensResource}): create (the
 * secret in the answer, once), list by page, read and revoke by name, for administrators. Takes
 * {@link org.pactum.access.core.ApiTokens} by constructor and never reads {@code db}; refusals are
 * {@link org.pactum.access.core.AccessException}s, mapped by {@link
 * org.pactum.access.api.AccessExceptionMapper}.
 */
package org.pactum.access.api;
