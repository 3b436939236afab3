package org.pactum.api.auth.filter;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import java.util.Optional;
import org.pactum.api.auth.SessionLimits;
import org.pactum.api.auth.oidc.OidcConfig;

/**
 * The {@code auth:} section of the server's configuration. Authentication is required unless {@code
 * mode: none} says otherwise; people sign in through {@code oidc} when it is set; machines use API
 * tokens either way. {@link #toSettings} fails at start-up naming the field that is wrong.
 *
 * <pre>{@code
 * auth:
 *   mode: required          # or none: nobody is asked (a banner and a warning say so)
 *   oidc: {issuer: …, audience: …}   # see OidcConfig
 *   failedAttempts: {max: 10, window: 1m}
 *   session: {maxAge: 12h, idleTimeout: 1h}   # the UI's sign-in
 * }</pre>
 */
public class AuthConfig {
  /** {@code required} (the default) or {@code none}. */
  @JsonProperty public String mode = "required";

  /** The OpenID Connect issuer people sign in with; unset: API tokens only. */
  @JsonProperty public OidcConfig oidc;

  /** How many failed authentications one address may make. */
  @JsonProperty public FailedAttemptsConfig failedAttempts = new FailedAttemptsConfig();

  /** How long a browser stays signed in to the UI. */
  @JsonProperty public SessionConfig session = new SessionConfig();

  /** {@code auth.session}. */
  public static class SessionConfig {
    /** The longest a session lasts from sign-in. */
    @JsonProperty
    public Duration maxAge = Duration.hours(SessionLimits.defaults().maxAge().toHours());

    /** A session not used for this long ends. */
    @JsonProperty
    public Duration idleTimeout =
        Duration.minutes(SessionLimits.defaults().idleTimeout().toMinutes());
  }

  /** {@code auth.failedAttempts}. */
  public static class FailedAttemptsConfig {
    /** Failures allowed within the window; the next request gets 429. */
    @JsonProperty public int max = AttemptLimits.defaults().maxFailures();

    /** Counted from an address's first failure. */
    @JsonProperty
    public Duration window = Duration.seconds(AttemptLimits.defaults().window().toSeconds());

    /** The most addresses remembered at once (bounded memory). */
    @JsonProperty public int trackedAddresses = AttemptLimits.defaults().maxAddresses();
  }

  /** The settings, checked; an error names the field ({@code auth.mode: …}). */
  public AuthSettings toSettings() {
    AuthMode m =
        AuthMode.parse(mode)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "auth.mode: '" + mode + "' is not a mode; modes: required, none"));
    return new AuthSettings(
        m, Optional.ofNullable(oidc).map(OidcConfig::toSettings), limits(), sessions());
  }

  private SessionLimits sessions() {
    SessionConfig c = session == null ? new SessionConfig() : session;
    if (c.maxAge == null
        || c.maxAge.toJavaDuration().compareTo(Duration.minutes(5).toJavaDuration()) < 0
        || c.maxAge.toJavaDuration().compareTo(Duration.days(30).toJavaDuration()) > 0) {
      throw new IllegalArgumentException("auth.session.maxAge: from 5m to 30d, e.g. 12h");
    }
    if (c.idleTimeout == null
        || c.idleTimeout.toJavaDuration().compareTo(Duration.minutes(1).toJavaDuration()) < 0
        || c.idleTimeout.toJavaDuration().compareTo(c.maxAge.toJavaDuration()) > 0) {
      throw new IllegalArgumentException(
          "auth.session.idleTimeout: from 1m to auth.session.maxAge, e.g. 1h");
    }
    return new SessionLimits(c.maxAge.toJavaDuration(), c.idleTimeout.toJavaDuration());
  }

  private AttemptLimits limits() {
    FailedAttemptsConfig f = failedAttempts == null ? new FailedAttemptsConfig() : failedAttempts;
    if (f.max < 1 || f.max > 1_000_000) {
      throw new IllegalArgumentException("auth.failedAttempts.max: from 1 to 1000000");
    }
    if (f.window == null || f.window.toJavaDuration().isZero()) {
      throw new IllegalArgumentException(
          "auth.failedAttempts.window: a positive duration, e.g. 1m");
    }
    if (f.trackedAddresses < 1 || f.trackedAddresses > 10_000_000) {
      throw new IllegalArgumentException(
          "auth.failedAttempts.trackedAddresses: from 1 to 10000000");
    }
    return new AttemptLimits(f.max, f.window.toJavaDuration(), f.trackedAddresses);
  }
}
