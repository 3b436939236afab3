package org.pactum.api.auth.oidc;

import java.net.URI;

/**
 * The first step of a browser sign-in: where to send the browser, and what to remember (in its
 * cookie) until it comes back.
 */
public record SignInStart(URI authorizationUrl, PendingSignIn pending) {}
