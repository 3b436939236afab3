package org.pactum.access.core;

import org.pactum.api.auth.TokenSecret;

/**
 * A token just created, with its secret: the one time the secret is shown. Never stored, never
 * logged; {@link TokenSecret#toString()} hides it.
 */
public record NewToken(ApiToken token, TokenSecret secret) {}
